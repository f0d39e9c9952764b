namespace GseFunctions.Demo;

/// <summary>What the demo prints at the end and writes with <c>--summary-json</c> (camelCase JSON).</summary>
internal sealed record DemoSummary
{
    public required string Outcome { get; init; }

    public required double DurationSeconds { get; init; }

    public required double TimeScale { get; init; }

    public required long SessionsCreated { get; init; }

    public required long FailedSessionCreations { get; init; }

    public required IReadOnlyDictionary<string, long> SessionsByFleet { get; init; }

    public required string OldFleetId { get; init; }

    public required string NewFleetId { get; init; }

    public required string OldFleetStatus { get; init; }

    public required int OldFleetInstances { get; init; }

    public required int OldFleetLiveSessions { get; init; }

    public required string AliasFleetId { get; init; }

    public required IReadOnlyList<DemoCheck> Checks { get; init; }
}

/// <summary>One assertion of the walkthrough.</summary>
internal sealed record DemoCheck(
    string Name,
    bool Passed,
    string Detail);
