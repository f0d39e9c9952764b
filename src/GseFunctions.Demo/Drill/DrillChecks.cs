using System.Net.Http.Json;
using Azure.Data.Tables;
using GseFunctions.Gse;
using GseFunctions.Gse.Models;

namespace GseFunctions.Demo.Drill;

/// <summary>
/// What the drill checks once every rollout has ended (with the GSE faults off, so the checks' own reads are clean):
/// each rollout Completed; per alias exactly one UpdateAlias applied, per old fleet exactly one DeleteFleet, per new
/// fleet rollout exactly one CopyFleet (counted by the local GSE, whatever the workers, retries and replays); the alias
/// on the rollout's target; no live fleet tagged by a rollout that no alias routes to; no alias lock left; no player's
/// creation failed other than for want of capacity.
/// </summary>
internal sealed class DrillChecks(GseClient gse, HttpClient http, Uri localGse, string storageConnectionString)
{
    /// <summary>The rollout tag key (<c>FleetReads.RolloutTagKey</c> in the workflow).</summary>
    public const string RolloutTagKey = "gsefunctions-rollout";

    /// <summary>The alias lock table under the default <c>Rollouts:TablePrefix</c>.</summary>
    public const string AliasLockTable = "GseFunctionsAliasLocks";

    public async Task<IReadOnlyList<DrillCheck>> RunAsync(IReadOnlyList<DrillRollout> rollouts, int expected, DrillPlayerCounts players, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rollouts);
        ArgumentNullException.ThrowIfNull(players);
        var applied = await http.GetFromJsonAsync<List<AppliedCall>>(new Uri(localGse, "_emulator/calls/resources"), cancellationToken) ?? [];
        int Count(string action, string? resource) => (int)applied.Where(c => c.Action == action && c.ResourceId == resource).Sum(c => c.Applied);

        var checks = new List<DrillCheck>();
        var notCompleted = rollouts.Where(r => r.Last is not { RuntimeStatus: "Completed", Output.Outcome: "Completed" })
            .Select(r => $"{r.Started.Id} ({r.Alias.Name}): {r.Last?.RuntimeStatus ?? "no status"}{(r.Last?.Output?.Outcome is { } o ? "/" + o : "")} {r.Last?.Phase} {r.Last?.Output?.Reason ?? r.Last?.Message}".TrimEnd())
            .ToList();
        if (rollouts.Count < expected)
        {
            notCompleted.Insert(0, $"only {rollouts.Count} of {expected} rollouts were started");
        }

        checks.Add(Check("every rollout Completed", $"{rollouts.Count(r => r.Last is { RuntimeStatus: "Completed", Output.Outcome: "Completed" })}/{expected}", notCompleted));

        var updates = new List<string>();
        var deletes = new List<string>();
        var copies = new List<string>();
        var routing = new List<string>();
        var leftBehind = new List<string>();
        foreach (var rollout in rollouts)
        {
            var alias = rollout.Alias;
            if (Count("UpdateAlias", alias.AliasId) is var u and not 1)
            {
                updates.Add($"{alias.Name} ({alias.AliasId}): {u} UpdateAlias");
            }

            if (Count("DeleteFleet", alias.OldFleet) is var d and not 1)
            {
                deletes.Add($"{alias.Name} old fleet {alias.OldFleet}: {d} DeleteFleet");
            }

            var copied = Count("CopyFleet", alias.OldFleet);
            if (copied != (alias.TargetFleet is null ? 1 : 0))
            {
                copies.Add($"{alias.Name} old fleet {alias.OldFleet}: {copied} CopyFleet (expected {(alias.TargetFleet is null ? 1 : 0)})");
            }

            var tagged = await LiveTaggedAsync(rollout.Started.Id, cancellationToken);
            var routedTo = (await gse.DescribeAliasAsync(new DescribeAliasRequest { AliasId = alias.AliasId }, cancellationToken)).Alias?.RoutingStrategy?.FleetId;
            var expectedFleet = alias.TargetFleet ?? (tagged.Count == 1 ? tagged[0] : null);
            if (expectedFleet is null || routedTo != expectedFleet)
            {
                routing.Add($"{alias.Name}: routes to {routedTo ?? "nothing"}, expected {expectedFleet ?? "the one fleet the rollout created"}");
            }

            leftBehind.AddRange(tagged.Where(f => f != routedTo).Select(f => $"{f} (tagged by {rollout.Started.Id}, {alias.Name} routes to {routedTo})"));
        }

        var allTagged = await ListFleetsAsync(new Filter { Key = "tag:key", Values = [RolloutTagKey] }, cancellationToken);
        var known = rollouts.Select(r => r.Alias).SelectMany(a => new[] { a.OldFleet, a.TargetFleet }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var expectedCopies = rollouts.Count(r => r.Alias.TargetFleet is null);
        checks.Add(Check("one UpdateAlias per rollout", $"{rollouts.Count - updates.Count}/{rollouts.Count} aliases updated exactly once", updates));
        checks.Add(Check("one DeleteFleet per rollout (the old fleet)", $"{rollouts.Count - deletes.Count}/{rollouts.Count} old fleets deleted exactly once", deletes));
        checks.Add(Check("one CopyFleet per new-fleet rollout, none otherwise", $"{expectedCopies} new-fleet rollouts, {applied.Where(c => c.Action == "CopyFleet").Sum(c => c.Applied)} CopyFleet applied", copies));
        checks.Add(Check("every alias on its rollout's target", $"{rollouts.Count - routing.Count}/{rollouts.Count}", routing));
        var live = await LiveAsync(allTagged, cancellationToken);
        checks.Add(Check("no fleet tagged by a rollout left behind", $"{live.Count} live tagged fleets, {leftBehind.Count} behind no alias", leftBehind.Concat(live.Where(known.Contains).Select(f => $"{f} is a seeded fleet yet tagged")).ToList()));

        var locks = await LocksAsync(cancellationToken);
        checks.Add(Check("no alias lock left", $"{locks.Count} lock rows in {AliasLockTable}", locks));

        var failed = players.FailuresByKind.Select(p => $"{p.Key}: {p.Value}").ToList();
        checks.Add(Check("no failed player creation other than no-capacity", $"{players.Created} created, {players.NoCapacity} no-capacity, {players.Failed} other failures", failed));
        return checks;
    }

    private static DrillCheck Check(string name, string figures, List<string> problems) => new(name, problems.Count == 0, figures, problems.Take(20).ToList());

    private async Task<List<string>> LiveTaggedAsync(string rolloutId, CancellationToken cancellationToken) =>
        await LiveAsync(await ListFleetsAsync(new Filter { Key = "tag:key-value", Values = [$"{RolloutTagKey}:{rolloutId}"] }, cancellationToken), cancellationToken);

    private async Task<List<string>> ListFleetsAsync(Filter filter, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        for (var offset = 0; ; offset += 100)
        {
            var page = await gse.ListFleetsAsync(new ListFleetsRequest { Filters = [filter], Limit = 100, Offset = offset }, cancellationToken);
            ids.AddRange(page.FleetIds ?? []);
            if (page.FleetIds is not { Count: 100 })
            {
                return ids;
            }
        }
    }

    /// <summary>The fleets that are neither deleting nor terminated.</summary>
    private async Task<List<string>> LiveAsync(List<string> fleets, CancellationToken cancellationToken)
    {
        var live = new List<string>();
        foreach (var chunk in fleets.Chunk(50))
        {
            var attributes = (await gse.DescribeFleetAttributesAsync(new DescribeFleetAttributesRequest { FleetIds = chunk, Limit = 100 }, cancellationToken)).FleetAttributes ?? [];
            live.AddRange(attributes.Where(f => f.Status is not (GseFleetStatuses.Deleting or GseFleetStatuses.Terminated)).Select(f => f.FleetId!));
        }

        return live;
    }

    private async Task<List<string>> LocksAsync(CancellationToken cancellationToken)
    {
        var table = new TableClient(storageConnectionString, AliasLockTable);
        var rows = new List<string>();
        try
        {
            await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
            {
                rows.Add($"alias {row.PartitionKey} held by {row.GetString("RolloutId")}");
            }
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            // No rollout ever took a lock: no table.
        }

        return rows;
    }

    private sealed record AppliedCall(string Action, string ResourceId, long Applied);
}

/// <summary>One check: its name, whether it held, its figures and (when it failed) what broke it, at most 20 lines.</summary>
internal sealed record DrillCheck(string Name, bool Passed, string Figures, IReadOnlyList<string> Problems);
