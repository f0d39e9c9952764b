using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using GseFunctions.Demo.Stack;
using GseFunctions.Gse;
using Microsoft.Extensions.DependencyInjection;

namespace GseFunctions.Demo.Drill;

/// <summary>
/// One chaos drill: the stack with several workers, the seeded aliases, then players, rollouts and kills at once; once
/// the kills are done and every rollout has ended (or the timeout passed), the faults go off and the checks run.
/// Whatever happens, every process it started is stopped before it returns the exit code.
/// </summary>
internal sealed class DrillRunner(DrillOptions options, StackKeys keys, RepositoryLayout layout, DemoConsole console)
{
    public const int Passed = 0;
    public const int Failed = 1;

    public Task<int> RunAsync(SignalCancellation signals)
    {
        var seed = options.Seed ?? Random.Shared.Next(1, 1_000_000);
        console.Say($"GseFunctions chaos drill (seed {seed}): {options.Rollouts} rollouts, {options.Kills} kills, {options.WorkerPorts.Count} workers, GSE faults {(options.Faults ? "on" : "off")}. Ctrl-C stops everything.");
        return StackRun.GuardAsync(
            "drill",
            signals,
            console,
            ct => DrillStack.StartAsync(layout, options with { Seed = seed }, keys, console.Say, ct),
            async (stack, ct) =>
            {
                var summary = await RunOnStackAsync(stack, seed, ct);
                summary.Print(console);
                if (options.SummaryJsonPath is { } path)
                {
                    await summary.WriteJsonAsync(path, ct);
                    console.Plain($"Summary written to {Path.GetFullPath(path)}");
                }

                if (!summary.Passed)
                {
                    stack.Report(console.Output);
                }

                return summary.Passed ? Passed : Failed;
            });
    }

    private async Task<DrillSummary> RunOnStackAsync(DrillStack stack, int seed, CancellationToken cancellationToken)
    {
        await using var provider = StackRun.LocalGseServices(stack.LocalGseUri);
        var gse = provider.GetRequiredService<GseClient>();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        var aliases = await new DrillSeed(gse, options.TimeScale, console.Say).CreateAsync(options.Rollouts, cancellationToken);

        // One seeded source for the plan (kills, and before which kill each rollout starts); the players draw from their own
        // so their timing cannot shift the plan. Rollouts start as the pause before their kill begins, so the kills land in
        // every phase of some rollout, however long the restarts take on this machine.
        var plan = new Random(seed);
        var chaos = new DrillChaos(stack.Workers, options.Kills, plan, console);
        var startBefore = aliases.Select(_ => options.Kills == 0 ? 0 : plan.Next(options.Kills)).ToList();
        var api = new DrillApi(http, stack.Workers, keys.MasterKey, keys.FunctionKey, new Random(seed + 1));
        await using var players = new DrillPlayers(api, aliases.Select(a => a.AliasId).ToList(), options.SessionsPerSecond, new Random(seed + 2));
        var rollouts = new DrillRollouts(api, console);

        if (options.Faults)
        {
            await SetFaultsAsync(http, stack.LocalGseUri, Faults, cancellationToken);
            console.Say("GSE faults on: every action: 10% RequestLimitExceeded, 5% a bare HTTP 503, 30% of calls 60 ms slower");
        }

        players.Start();
        console.Say($"Players: {options.SessionsPerSecond:0.##} session creations a second through random aliases and live workers; rollouts start spread over the {options.Kills} kills");
        var clock = Stopwatch.StartNew();
        var starts = new List<Task>();
        var allStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void StartGroup(int kill) => starts.Add(rollouts.StartAsync(aliases.Where((_, i) => startBefore[i] == kill).ToList(), cancellationToken));
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var follow = rollouts.FollowAsync(() => allStarted.Task.IsCompleted, giveUp.Token);
        if (options.Kills == 0)
        {
            StartGroup(0);
        }

        await chaos.RunAsync(StartGroup, cancellationToken);
        await Task.WhenAll(starts);
        allStarted.SetResult();
        console.Say($"All {options.Kills} kills done and {options.Rollouts} rollouts started after {clock.Elapsed.TotalSeconds:0} s; waiting for the rollouts to end (at most {options.Timeout.TotalSeconds:0} s)");
        giveUp.CancelAfter(options.Timeout);
        await follow;
        var chaosSeconds = clock.Elapsed.TotalSeconds;
        await players.StopAsync();

        await SetFaultsAsync(http, stack.LocalGseUri, [], cancellationToken);
        var counts = players.Counts();
        var ended = rollouts.Rollouts;
        var checks = await new DrillChecks(gse, http, stack.LocalGseUri, stack.StorageConnectionString).RunAsync(ended, options.Rollouts, counts, cancellationToken);
        var seconds = ended.Select(r => r.Seconds).Order().ToList();
        return new DrillSummary
        {
            Passed = checks.All(c => c.Passed),
            Seed = seed,
            Rollouts = options.Rollouts,
            KillsPlanned = options.Kills,
            Workers = stack.Workers.Count,
            Faults = options.Faults,
            TimeScale = options.TimeScale,
            SessionsPerSecond = options.SessionsPerSecond,
            ChaosSeconds = Math.Round(chaosSeconds, 1),
            TotalSeconds = Math.Round(console.Elapsed.TotalSeconds, 1),
            Kills = chaos.Done,
            RolloutResults = ended.Select(r => new DrillRolloutLine(r.Started.Id, r.Alias.Name, r.Alias.TargetFleet is null ? "newFleet" : "fleetId", r.Last?.RuntimeStatus, r.Last?.Output?.Outcome, r.Last?.Phase, r.Seconds)).ToList(),
            RolloutSecondsP50 = seconds.Count == 0 ? 0 : seconds[seconds.Count / 2],
            RolloutSecondsMax = seconds.Count == 0 ? 0 : seconds[^1],
            Players = counts,
            GseCalls = await GseCallsAsync(http, stack.LocalGseUri, cancellationToken),
            Checks = checks,
        };
    }

    /// <summary>The drill's GSE faults: latency first (it adds to whatever follows), then throttling, then a failing gateway.</summary>
    private static readonly object[] Faults =
    [
        new { action = "*", probability = 0.3, latencyMs = 60 },
        new { action = "*", probability = 0.10, errorCode = GseErrorCodes.RequestLimitExceeded },
        new { action = "*", probability = 0.05 / 0.9, httpStatus = 503 },
    ];

    private static async Task SetFaultsAsync(HttpClient http, Uri localGse, object[] rules, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync(new Uri(localGse, "_emulator/faults"), rules, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private static async Task<IReadOnlyDictionary<string, long[]>> GseCallsAsync(HttpClient http, Uri localGse, CancellationToken cancellationToken)
    {
        using var calls = JsonDocument.Parse(await http.GetStringAsync(new Uri(localGse, "_emulator/calls"), cancellationToken));
        return calls.RootElement.GetProperty("actions").EnumerateObject()
            .ToDictionary(a => a.Name, a => new[] { a.Value.GetProperty("succeeded").GetInt64(), a.Value.GetProperty("failed").GetInt64() }, StringComparer.Ordinal);
    }

}
