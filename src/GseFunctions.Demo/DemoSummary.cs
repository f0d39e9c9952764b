using System.Text.Json.Serialization;

namespace GseFunctions.Demo;

/// <summary>What the demo prints at the end and writes with <c>--summary-json</c>.</summary>
internal sealed record DemoSummary
{
    [JsonPropertyName("outcome")]
    public required string Outcome { get; init; }

    [JsonPropertyName("durationSeconds")]
    public required double DurationSeconds { get; init; }

    [JsonPropertyName("timeScale")]
    public required double TimeScale { get; init; }

    [JsonPropertyName("sessionsCreated")]
    public required long SessionsCreated { get; init; }

    [JsonPropertyName("failedSessionCreations")]
    public required long FailedSessionCreations { get; init; }

    [JsonPropertyName("sessionsByFleet")]
    public required IReadOnlyDictionary<string, long> SessionsByFleet { get; init; }

    [JsonPropertyName("oldFleetId")]
    public required string OldFleetId { get; init; }

    [JsonPropertyName("newFleetId")]
    public required string NewFleetId { get; init; }

    [JsonPropertyName("oldFleetStatus")]
    public required string OldFleetStatus { get; init; }

    [JsonPropertyName("oldFleetInstances")]
    public required int OldFleetInstances { get; init; }

    [JsonPropertyName("oldFleetLiveSessions")]
    public required int OldFleetLiveSessions { get; init; }

    [JsonPropertyName("aliasFleetId")]
    public required string AliasFleetId { get; init; }

    [JsonPropertyName("checks")]
    public required IReadOnlyList<DemoCheck> Checks { get; init; }
}

/// <summary>One assertion of the walkthrough.</summary>
internal sealed record DemoCheck(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("passed")] bool Passed,
    [property: JsonPropertyName("detail")] string Detail);
