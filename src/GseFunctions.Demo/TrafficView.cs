using System.Text.Json.Serialization;

namespace GseFunctions.Demo;

/// <summary>The local GSE's simulated-traffic counters (<c>GET /_emulator/traffic</c>).</summary>
internal sealed record TrafficView
{
    [JsonPropertyName("attempts")]
    public long Attempts { get; init; }

    [JsonPropertyName("succeeded")]
    public long Succeeded { get; init; }

    [JsonPropertyName("failed")]
    public long Failed { get; init; }

    [JsonPropertyName("failuresByCode")]
    public IReadOnlyDictionary<string, long> FailuresByCode { get; init; } = new Dictionary<string, long>();

    [JsonPropertyName("sessionsByFleet")]
    public IReadOnlyDictionary<string, long> SessionsByFleet { get; init; } = new Dictionary<string, long>();
}
