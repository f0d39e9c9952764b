using System.Diagnostics;
using System.Globalization;
using GseFunctions.Demo.Api;
using GseFunctions.Demo.Chart;
using GseFunctions.Demo.Seeding;
using GseFunctions.Demo.Traffic;
using GseFunctions.Gse;

namespace GseFunctions.Demo.Walkthrough;

/// <summary>
/// The rollout demo once the stack is seeded: players create sessions through the alias on fleet 1, a rollout moves the
/// alias to fleet 2 through the HTTP API, its Durable status is followed live until it ends, then what became of the
/// traffic and of fleet 1 is summarised.
/// </summary>
internal sealed class RolloutWalkthrough(SelfHostApi api, GseClient gse, SeededScenario seed, PlayerTraffic traffic, DemoConsole console, double timeScale)
{
    private static readonly TimeSpan StatusPoll = TimeSpan.FromMilliseconds(500);

    // Sessions on fleet 1 before the rollout starts, so there is something to drain.
    private const int WarmUpSessions = 5;

    /// <summary>The fleet readings taken while following the rollout (the crossover chart's data).</summary>
    public CrossoverRecorder Crossover { get; } = new();

    public async Task<DemoSummary> RunAsync(CancellationToken cancellationToken)
    {
        traffic.Start();
        await WarmUpAsync(cancellationToken);

        var drainTimeout = DrainTimeout();
        var request = new
        {
            aliasId = seed.AliasId,
            fleetId = seed.Fleet2,
            options = new
            {
                pollInterval = "00:00:01",
                maxPollInterval = "00:00:02",
                minAvailableSessions = seed.Sizing.MinAvailableSessions,
                readinessTimeout = "00:02:00",
                drainTimeout = drainTimeout.ToString("c", CultureInfo.InvariantCulture),
            },
        };
        var before = traffic.Snapshot();
        var clock = Stopwatch.StartNew();
        var rollout = await api.StartRolloutAsync(request, cancellationToken);
        console.Say($"POST /api/rollouts: rollout {rollout.Id} started (alias → fleet 2, drain timeout {drainTimeout.TotalSeconds:0} s); following its status:");

        var deadline = drainTimeout + TimeSpan.FromMinutes(2);
        var state = await FollowAsync(rollout, clock, deadline, cancellationToken);
        var duration = clock.Elapsed;
        var during = traffic.Snapshot().Since(before);
        await traffic.StopAsync();
        var total = traffic.Snapshot();
        if (state is not { IsTerminal: true })
        {
            console.Say($"The rollout did not end within {deadline.TotalSeconds:0} s; its last status was {state?.RuntimeStatus ?? "unknown"} ({state?.Phase}).");
        }

        return new DemoSummary
        {
            RolloutStatus = state?.RuntimeStatus ?? "Unknown",
            RolloutId = rollout.Id,
            Outcome = state?.Output?.Outcome,
            Reason = state?.Output?.Reason,
            DurationSeconds = Math.Round(duration.TotalSeconds, 1),
            SessionsCreated = during.Created,
            FailedSessionCreations = during.Failed,
            FailuresByKind = during.FailuresByKind,
            SessionsByFleet = ByName(during.CreatedByFleet),
            AliasId = seed.AliasId,
            AliasFleetAfter = await OldFleetReport.AliasFleetAsync(gse, seed.AliasId, cancellationToken),
            OldFleetId = seed.Fleet1,
            OldFleetStatus = await OldFleetReport.StatusAsync(gse, seed.Fleet1, cancellationToken),
            NewFleetId = seed.Fleet2,
            FleetsDeleted = state?.Output?.FleetsDeleted ?? [],
            TimeScale = timeScale,
            SessionsPerSecond = traffic.SessionsPerSecond,
            Traffic = new TrafficTotals(total.Created, total.Failed, total.FailuresByKind),
            TotalSeconds = Math.Round(console.Elapsed.TotalSeconds, 1),
        };
    }

    /// <summary>Polls the rollout's status until it ends or <paramref name="deadline"/> passes, printing its progress.</summary>
    private async Task<RolloutProgress?> FollowAsync(RolloutStarted rollout, Stopwatch clock, TimeSpan deadline, CancellationToken cancellationToken)
    {
        var printer = new ProgressPrinter(console);
        var fleets = new FleetWatch(gse, seed);
        RolloutProgress? state = null;
        while (state is not { IsTerminal: true } && clock.Elapsed < deadline)
        {
            state = await api.RolloutProgressAsync(rollout, cancellationToken) ?? state;
            if (state is not null && printer.Due(state))
            {
                var read = await fleets.ReadAsync(cancellationToken);
                Crossover.Add(clock.Elapsed, state.Phase ?? state.RuntimeStatus, read);
                printer.Show(state, read, traffic.Snapshot());
            }

            if (state is not { IsTerminal: true })
            {
                await Task.Delay(StatusPoll, cancellationToken);
            }
        }

        return state;
    }

    /// <summary>Lets the traffic run for one average match (and at least <see cref="WarmUpSessions"/> sessions), so fleet 1 serves a steady load when the rollout starts.</summary>
    private async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        if (traffic.SessionsPerSecond <= 0)
        {
            return;
        }

        console.Say($"Players create sessions through the alias: POST /api/sessions, {traffic.SessionsPerSecond:0.##} a second (function key)");
        var averageMatch = TimeSpan.FromSeconds((FleetSizing.MatchLengthMin + FleetSizing.MatchLengthMax).TotalSeconds / 2 / timeScale);
        var clock = Stopwatch.StartNew();
        while ((traffic.Snapshot().Created < WarmUpSessions || clock.Elapsed < averageMatch) && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(100, cancellationToken);
        }

        var now = traffic.Snapshot();
        console.Say($"Fleet 1 is serving matches: {now.Created} sessions created, {now.Failed} failed");
    }

    // The longest simulated match in real time, three times over, and a minute to spare: the old fleet always drains in it.
    private TimeSpan DrainTimeout() =>
        TimeSpan.FromSeconds(Math.Ceiling((3 * FleetSizing.MatchLengthMax.TotalSeconds / timeScale) + 60));

    private SortedDictionary<string, long> ByName(IReadOnlyDictionary<string, long> byFleet) =>
        new(byFleet.ToDictionary(p => seed.NameOf(p.Key), p => p.Value), StringComparer.Ordinal);
}
