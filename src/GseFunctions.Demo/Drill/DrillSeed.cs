using System.Diagnostics;
using GseFunctions.Gse;
using GseFunctions.Gse.Models;

namespace GseFunctions.Demo.Drill;

/// <summary>
/// The drill's aliases on the local GSE: per alias an old fleet behind it, and for every other alias a ready new fleet
/// (those rollouts target an existing <c>fleetId</c>; the rest give <c>newFleet</c>, so the rollout copies the old
/// fleet with the v2 asset and tags the copy). Every fleet is FullProtection, so a match runs to its end on a fleet
/// being scaled in.
/// </summary>
internal sealed class DrillSeed(GseClient gse, double timeScale, Action<string> progress)
{
    public const int ProcessesPerInstance = 50;

    // The local GSE's default fleet lifecycle (NEW → ACTIVE) and instance boot, in simulated seconds.
    private const double SimulatedActivationSeconds = 5 + 60 + 30 + 60 + 60 + 30;

    public async Task<IReadOnlyList<DrillAlias>> CreateAsync(int rollouts, CancellationToken cancellationToken)
    {
        var v1 = await AssetAsync("1.0.0", cancellationToken);
        var v2 = await AssetAsync("2.0.0", cancellationToken);
        var aliases = new List<DrillAlias>();
        for (var i = 1; i <= rollouts; i++)
        {
            var old = await FleetAsync(v1, $"drill-{i}-v1", cancellationToken);
            var target = i % 2 == 0 ? await FleetAsync(v1, $"drill-{i}-v2", cancellationToken) : null;
            aliases.Add(new DrillAlias(i, "", old, target, target is null ? v2 : null));
        }

        var fleets = aliases.SelectMany(a => new[] { a.OldFleet, a.TargetFleet }).OfType<string>().ToList();
        progress($"Seed: {fleets.Count} fleets (1 instance x {ProcessesPerInstance} server processes each) for {rollouts} aliases; waiting for ACTIVE…");
        var limit = TimeSpan.FromSeconds(60 + (3 * SimulatedActivationSeconds / timeScale));
        var clock = Stopwatch.StartNew();
        while (await NotReadyAsync(fleets, cancellationToken) is { Count: > 0 } waiting)
        {
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"{waiting.Count} seeded fleets (e.g. {waiting[0]}) were not ACTIVE with an instance within {limit.TotalSeconds:0} s.");
            }

            await Task.Delay(500, cancellationToken);
        }

        var seeded = new List<DrillAlias>();
        foreach (var alias in aliases)
        {
            var id = (await gse.CreateAliasAsync(new CreateAliasRequest
            {
                Name = $"drill-{alias.Number}",
                Description = "chaos drill",
                RoutingStrategy = new RoutingStrategy { Type = GseRoutingTypes.Simple, FleetId = alias.OldFleet },
            }, cancellationToken)).Alias!.AliasId!;
            seeded.Add(alias with { AliasId = id });
        }

        progress($"Seed: {rollouts} aliases drill-1…drill-{rollouts}, each on its old fleet; {seeded.Count(a => a.TargetFleet is not null)} target an existing fleet, {seeded.Count(a => a.TargetFleet is null)} a new fleet the rollout creates");
        return seeded;
    }

    private async Task<string> AssetAsync(string version, CancellationToken cancellationToken) =>
        (await gse.CreateAssetAsync(new CreateAssetRequest
        {
            AssetName = "drill-game-server", AssetVersion = version, AssetRegion = "ap-shanghai",
            OperateSystem = "CentOS7.16", ImageId = "img-drill0001", BucketKey = $"drill-game-server-{version}.zip",
        }, cancellationToken)).AssetId!;

    private async Task<string> FleetAsync(string assetId, string name, CancellationToken cancellationToken)
    {
        var fleet = (await gse.CreateFleetAsync(new CreateFleetRequest
        {
            AssetId = assetId, Name = name, Description = "chaos drill", FleetType = GseFleetTypes.OnDemand, InstanceType = "S5.LARGE8",
            NewGameServerSessionProtectionPolicy = GseProtectionPolicies.FullProtection,
            InboundPermissions = [new InboundPermission { FromPort = 6000, ToPort = 6100, IpRange = "0.0.0.0/0", Protocol = GseInboundProtocols.Udp }],
            RuntimeConfiguration = new RuntimeConfiguration
            {
                GameServerSessionActivationTimeoutSeconds = 300,
                MaxConcurrentGameServerSessionActivations = 100,
                ServerProcesses = [new ServerProcesse { ConcurrentExecutions = ProcessesPerInstance, LaunchPath = "/local/game/server", Parameters = "-port 6000" }],
            },
        }, cancellationToken)).FleetAttributes!.FleetId!;
        return fleet;
    }

    /// <summary>The fleets not yet ACTIVE with an instance serving.</summary>
    private async Task<List<string>> NotReadyAsync(List<string> fleets, CancellationToken cancellationToken)
    {
        var waiting = new List<string>();
        foreach (var chunk in fleets.Chunk(50))
        {
            var attributes = (await gse.DescribeFleetAttributesAsync(new DescribeFleetAttributesRequest { FleetIds = chunk, Limit = 100 }, cancellationToken)).FleetAttributes ?? [];
            var capacity = (await gse.DescribeFleetCapacityAsync(new DescribeFleetCapacityRequest { FleetIds = chunk, Limit = 100 }, cancellationToken)).FleetCapacity ?? [];
            foreach (var fleet in chunk)
            {
                var active = attributes.Any(f => f.FleetId == fleet && f.Status == GseFleetStatuses.Active);
                if (!active || !(capacity.FirstOrDefault(c => c.FleetId == fleet)?.InstanceCounts?.Active >= 1))
                {
                    waiting.Add(fleet);
                }
            }
        }

        return waiting;
    }
}

/// <summary>One alias of the drill and what its rollout moves it to.</summary>
/// <param name="Number">1…R, in the alias's name <c>drill-N</c>.</param>
/// <param name="AliasId">The alias.</param>
/// <param name="OldFleet">The fleet behind the alias before the rollout.</param>
/// <param name="TargetFleet">The existing fleet the rollout moves to, or null when it creates one.</param>
/// <param name="NewAssetId">The asset of the fleet the rollout creates (with <paramref name="TargetFleet"/> null).</param>
internal sealed record DrillAlias(int Number, string AliasId, string OldFleet, string? TargetFleet, string? NewAssetId)
{
    public string Name => $"drill-{Number}";
}
