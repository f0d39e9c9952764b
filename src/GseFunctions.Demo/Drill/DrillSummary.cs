using System.Text.Json;

namespace GseFunctions.Demo.Drill;

/// <summary>What the drill prints at the end and writes with <c>--summary-json</c> (camelCase JSON).</summary>
internal sealed record DrillSummary
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Every check held (the exit code is 0 exactly then).</summary>
    public required bool Passed { get; init; }

    public required int Seed { get; init; }

    public required int Rollouts { get; init; }

    public required int KillsPlanned { get; init; }

    public required int Workers { get; init; }

    public required bool Faults { get; init; }

    public required double TimeScale { get; init; }

    public required double SessionsPerSecond { get; init; }

    /// <summary>Real seconds from the first rollout start to the last rollout's end (or the give-up).</summary>
    public required double ChaosSeconds { get; init; }

    public required double TotalSeconds { get; init; }

    public required IReadOnlyList<DrillKill> Kills { get; init; }

    /// <summary>Each rollout's id, alias, kind, end status and real seconds from its start to the status read that showed its end.</summary>
    public required IReadOnlyList<DrillRolloutLine> RolloutResults { get; init; }

    /// <summary>Median and longest rollout, real seconds.</summary>
    public required double RolloutSecondsP50 { get; init; }

    public required double RolloutSecondsMax { get; init; }

    public required DrillPlayerCounts Players { get; init; }

    /// <summary>The local GSE's call counts per action (all callers: seed, workers, players, checks): succeeded / failed, injected faults included.</summary>
    public required IReadOnlyDictionary<string, long[]> GseCalls { get; init; }

    public required IReadOnlyList<DrillCheck> Checks { get; init; }

    public void Print(DemoConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Plain();
        console.Plain($"Chaos drill: {Rollouts} rollouts, {Kills.Count}/{KillsPlanned} kills over {Workers} workers, GSE faults {(Faults ? "on" : "off")}, seed {Seed}");
        console.Plain($"  rollouts: {RolloutSecondsP50:0.0} s median, {RolloutSecondsMax:0.0} s longest; chaos phase {ChaosSeconds:0.0} s, whole drill {TotalSeconds:0.0} s");
        console.Plain($"  restarts: {(Kills.Count == 0 ? "none" : $"{Kills.Average(k => k.RestartSeconds):0.0} s on average until a killed worker served again")}");
        console.Plain($"  players: {Players.Created} created, {Players.NoCapacity} no-capacity, {Players.Failed} failed; retried: {Join(Players.RetriesByCause)}");
        console.Plain($"  GSE faults injected: {GseCalls.Values.Sum(c => c[1])} failed calls of {GseCalls.Values.Sum(c => c[0] + c[1])}");
        foreach (var check in Checks)
        {
            console.Plain($"  [{(check.Passed ? "PASS" : "FAIL")}] {check.Name}: {check.Figures}");
            foreach (var problem in check.Problems)
            {
                console.Plain($"         {problem}");
            }
        }

        console.Plain(Passed ? "Drill passed: every check held." : "Drill FAILED: see the checks above.");
    }

    public async Task WriteJsonAsync(string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllTextAsync(full, JsonSerializer.Serialize(this, Json) + Environment.NewLine, cancellationToken);
    }

    private static string Join(IReadOnlyDictionary<string, long> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(p => $"{p.Key}: {p.Value}"));
}

/// <summary>One rollout in the summary.</summary>
internal sealed record DrillRolloutLine(string Id, string Alias, string Target, string? RuntimeStatus, string? Outcome, string? Phase, double Seconds);
