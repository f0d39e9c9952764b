using System.Text.Json;

namespace GseFunctions.Demo;

/// <summary>Prints the rollout demo's summary and writes it as JSON.</summary>
internal static class SummaryReport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Print(DemoSummary summary, DemoConsole console)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(console);
        console.Plain();
        console.Plain("Summary");
        console.Plain($"  Rollout:                  {summary.RolloutId}: {summary.RolloutStatus} (outcome {summary.Outcome ?? "none"}){(summary.Reason is null ? "" : " — " + summary.Reason)}");
        console.Plain($"  Duration:                 {summary.DurationSeconds:0.0} s real time (local GSE clock {summary.TimeScale}x; {summary.TotalSeconds:0.0} s for the whole demo)");
        console.Plain($"  Sessions created:         {summary.SessionsCreated} during the rollout ({Join(summary.SessionsByFleet)}), through POST /api/sessions");
        console.Plain($"  Failed session creations: {summary.FailedSessionCreations}{Failures(summary.FailuresByKind)} (whole run: {summary.Traffic.FailedSessionCreations} of {summary.Traffic.SessionsCreated + summary.Traffic.FailedSessionCreations})");
        console.Plain($"  Alias now on:             {Name(summary, summary.AliasFleetAfter)} ({summary.AliasFleetAfter ?? "none"})");
        console.Plain($"  Fleet 1 ({summary.OldFleetId}): {summary.OldFleetStatus}{(summary.FleetsDeleted.Contains(summary.OldFleetId) ? ", deleted by the rollout after it drained" : "")}");
        console.Plain(summary.Succeeded ? "Zero-downtime release: done, no player's session creation failed." : "The demo did not reach its goal (see above).");
    }

    public static async Task WriteJsonAsync(DemoSummary summary, string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllTextAsync(full, JsonSerializer.Serialize(summary, Json) + Environment.NewLine, cancellationToken);
    }

    private static string Join(IReadOnlyDictionary<string, long> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(p => $"{p.Key}: {p.Value}"));

    private static string Failures(IReadOnlyDictionary<string, long> byKind) =>
        byKind.Count == 0 ? "" : " — " + Join(byKind);

    private static string Name(DemoSummary summary, string? fleetId) =>
        fleetId == summary.NewFleetId ? "fleet 2" : fleetId == summary.OldFleetId ? "fleet 1" : "another fleet";
}
