using System.Text.Json;

namespace GseFunctions.Demo.Api;

/// <summary>
/// The Durable Functions status payload of a rollout, as the demo reads it: <c>runtimeStatus</c>, <c>customStatus</c>
/// (the rollout's <c>RolloutStatus</c>: phase, message) and <c>output</c> (the <c>RolloutResult</c>).
/// Field names are matched without regard to case, and a custom status or output sent as a JSON string is read as JSON.
/// </summary>
internal sealed record RolloutProgress(string RuntimeStatus, string? Phase, string? Message, bool DrainOverdue, RolloutOutput? Output)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The orchestration has ended (whatever the outcome).</summary>
    public bool IsTerminal => RuntimeStatus is "Completed" or "Failed" or "Terminated" or "Canceled";

    /// <exception cref="JsonException">The body is not a Durable status payload.</exception>
    public static RolloutProgress Parse(string body)
    {
        var payload = JsonSerializer.Deserialize<Payload>(body, Json) ?? throw new JsonException("empty status payload");
        var status = Inner<CustomStatus>(payload.CustomStatus);
        var output = Inner<RolloutOutput>(payload.Output);
        return new RolloutProgress(
            payload.RuntimeStatus ?? "Unknown",
            status?.Phase,
            status?.Message,
            status?.DrainOverdue ?? false,
            output is null ? null : output with { FleetsDeleted = output.FleetsDeleted ?? [] });
    }

    private static T? Inner<T>(JsonElement? element)
        where T : class => element switch
        {
            { ValueKind: JsonValueKind.Object } e => e.Deserialize<T>(Json),
            { ValueKind: JsonValueKind.String } e when e.GetString() is { Length: > 0 } text => JsonSerializer.Deserialize<T>(text, Json),
            _ => null,
        };

    private sealed record Payload(string? RuntimeStatus, JsonElement? CustomStatus, JsonElement? Output);

    private sealed record CustomStatus(string? Phase, string? Message, bool DrainOverdue);
}
