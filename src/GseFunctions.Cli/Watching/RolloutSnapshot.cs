using System.Text.Json;
using GseFunctions.Cli.Http;

namespace GseFunctions.Cli.Watching;

/// <summary>
/// A rollout as <c>GET /api/rollouts/{id}</c> answers it, reduced to what the views show. Names are matched without
/// regard to case, so payloads written before and after the camelCase change both read.
/// </summary>
internal sealed record RolloutSnapshot(
    string RolloutId,
    string RuntimeStatus,
    string? Phase,
    string? Message,
    bool DrainOverdue,
    string? AliasId,
    IReadOnlyList<FleetFigures> Fleets,
    string? Outcome,
    string? Reason,
    string? AliasFleetId,
    string? Failure,
    DateTimeOffset? CreatedTime,
    DateTimeOffset? LastUpdatedTime)
{
    /// <summary>The orchestration has ended, whatever the outcome.</summary>
    public bool IsTerminal => RuntimeStatus is "Completed" or "Failed" or "Terminated" or "Canceled";

    /// <summary>Ended with the rollout's own outcome Completed: the alias is on the new fleet.</summary>
    public bool Completed => RuntimeStatus == "Completed" && Outcome == "Completed";

    public FleetFigures? Old => Fleets.FirstOrDefault(f => f.Role == "old");

    public FleetFigures? New => Fleets.FirstOrDefault(f => f.Role == "new");

    /// <summary>The exit code a finished rollout gives: 0 completed, 1 anything else.</summary>
    public int ExitCode => Completed ? ExitCodes.Succeeded : ExitCodes.Failed;

    public static RolloutSnapshot Parse(JsonElement body)
    {
        var status = Inner(body.Get("status") ?? body.Get("customStatus"));
        var result = Inner(body.Get("result") ?? body.Get("output"));
        return new RolloutSnapshot(
            body.Text("rolloutId") ?? body.Text("instanceId") ?? "?",
            body.Text("runtimeStatus") ?? "Unknown",
            status?.Text("phase"),
            status?.Text("message"),
            status?.Get("drainOverdue") is { ValueKind: JsonValueKind.True },
            status?.Text("aliasId") ?? result?.Text("aliasId"),
            status?.Items("fleets").Select(FleetFigures.Parse).ToList() ?? [],
            result?.Text("outcome"),
            result?.Text("reason"),
            result?.Text("aliasFleetId"),
            body.Text("failure"),
            Time(body.Text("createdTime")),
            Time(body.Text("lastUpdatedTime")));
    }

    // A custom status or output may arrive as a JSON string holding JSON (older payloads).
    private static JsonElement? Inner(JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.Object } e => e,
        { ValueKind: JsonValueKind.String } e when e.GetString() is { Length: > 0 } text && text.TrimStart().StartsWith('{') => JsonDocument.Parse(text).RootElement.Clone(),
        _ => null,
    };

    private static DateTimeOffset? Time(string? text) =>
        DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var t) ? t : null;
}
