using System.Globalization;
using GseFunctions.Cli.Output;

namespace GseFunctions.Cli.Watching;

/// <summary>
/// Progress for CI logs: one line when the phase, a fleet's figures or the overdue flag change (never the same line
/// twice in a row), and the phase's message when the phase changes.
/// </summary>
internal sealed class PlainProgress(Printer printer, TimeProvider time) : IProgressView
{
    private readonly DrainGauge _gauge = new();
    private string? _last;
    private string? _phase;

    public Task<RolloutSnapshot> RunAsync(Func<Action<RolloutSnapshot>, Task<RolloutSnapshot>> follow)
    {
        ArgumentNullException.ThrowIfNull(follow);
        return follow(Show);
    }

    private void Show(RolloutSnapshot snapshot)
    {
        var drained = _gauge.Update(snapshot);
        var phase = snapshot.Phase ?? snapshot.RuntimeStatus;
        var fleets = string.Join(" | ", new[] { snapshot.Old, snapshot.New }.Where(f => f is not null).Select(f => Fleet(f!)));
        var bar = drained is { } d ? $" | drain {DrainGauge.Bar(d)}" : "";
        var line = $"{phase}{(snapshot.DrainOverdue ? " (overdue)" : "")}{(fleets.Length > 0 ? " | " + fleets : "")}{bar}";
        if (line == _last)
        {
            return;
        }

        if (phase != _phase && snapshot.Message is { Length: > 0 } message)
        {
            printer.Progress($"[{Elapsed(snapshot, time)}] → {phase}: {message}");
        }

        printer.Progress($"[{Elapsed(snapshot, time)}] {line}");
        _last = line;
        _phase = phase;
    }

    private static string Fleet(FleetFigures f) =>
        f.Status is null ? $"{f.Role} {f.FleetId} not read yet" : $"{f.Role} {f.FleetId} {f.Status} {f.LiveSessions} live";

    /// <summary>Time since the rollout was created (to its last update once it has ended), as m:ss.</summary>
    public static string Elapsed(RolloutSnapshot snapshot, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(time);
        if (snapshot.CreatedTime is not { } created)
        {
            return "-:--";
        }

        var end = snapshot.IsTerminal && snapshot.LastUpdatedTime is { } last ? last : time.GetUtcNow();
        var elapsed = end - created;
        if (elapsed < TimeSpan.Zero)
        {
            elapsed = TimeSpan.Zero;
        }

        return string.Format(CultureInfo.InvariantCulture, "{0}:{1:00}", (int)elapsed.TotalMinutes, elapsed.Seconds);
    }
}
