namespace GseFunctions.Demo;

/// <summary>
/// What the rollout demo prints at the end and writes with <c>--summary-json</c> (camelCase JSON). The counters cover
/// the rollout: from <c>POST /api/rollouts</c> until its Durable status is terminal; <see cref="Traffic"/> covers the
/// whole run (warm-up included).
/// </summary>
internal sealed record DemoSummary
{
    /// <summary>The Durable <c>runtimeStatus</c> the rollout ended with ("Completed", "Failed", "Terminated"), or the last one seen if it did not end in time.</summary>
    public required string RolloutStatus { get; init; }

    public required string? RolloutId { get; init; }

    /// <summary>The rollout's own outcome (<c>RolloutResult.outcome</c>: Completed, RolledBack, Failed); null if it did not end.</summary>
    public required string? Outcome { get; init; }

    /// <summary>Why the rollout ended as it did (null when completed).</summary>
    public required string? Reason { get; init; }

    /// <summary>Real seconds from the start request to the terminal status.</summary>
    public required double DurationSeconds { get; init; }

    /// <summary>Sessions created through <c>POST /api/sessions</c> while the rollout ran.</summary>
    public required long SessionsCreated { get; init; }

    /// <summary>Session creations that failed while the rollout ran (any status but 201, timeouts, transport errors).</summary>
    public required long FailedSessionCreations { get; init; }

    /// <summary>Failures by "HTTP status + problem type" while the rollout ran.</summary>
    public required IReadOnlyDictionary<string, long> FailuresByKind { get; init; }

    /// <summary>Sessions created while the rollout ran, by fleet ("fleet 1", "fleet 2").</summary>
    public required IReadOnlyDictionary<string, long> SessionsByFleet { get; init; }

    public required string AliasId { get; init; }

    /// <summary>The fleet the alias routes to after the rollout, as GSE answers.</summary>
    public required string? AliasFleetAfter { get; init; }

    public required string OldFleetId { get; init; }

    /// <summary>
    /// Fleet 1's status as GSE answers DescribeFleetAttributes after the rollout: "TERMINATED" (or "DELETING") once the
    /// rollout deleted it, "deleted" when GSE no longer knows the fleet, otherwise its status (e.g. "ACTIVE").
    /// </summary>
    public required string OldFleetStatus { get; init; }

    public required string NewFleetId { get; init; }

    /// <summary>Fleets the rollout deleted (<c>RolloutResult.fleetsDeleted</c>).</summary>
    public required IReadOnlyList<string> FleetsDeleted { get; init; }

    /// <summary>The local GSE's clock speed.</summary>
    public required double TimeScale { get; init; }

    /// <summary>The traffic's rate in real time.</summary>
    public required double SessionsPerSecond { get; init; }

    /// <summary>The traffic over the whole run, warm-up before the rollout included.</summary>
    public required TrafficTotals Traffic { get; init; }

    /// <summary>Real seconds of the whole demo: start-up, seeding, rollout.</summary>
    public required double TotalSeconds { get; init; }

    /// <summary>A rollout that completed while no player's session creation failed.</summary>
    public bool Succeeded =>
        RolloutStatus == "Completed" && Outcome == "Completed" && FailedSessionCreations == 0 && Traffic.FailedSessionCreations == 0;
}
