namespace GseFunctions.Cli.Watching;

/// <summary>
/// How far the old fleet has drained: its live sessions against the most it had since the switch (the drain starts from
/// there). Before the switch there is nothing to drain and no bar.
/// </summary>
internal sealed class DrainGauge
{
    private static readonly HashSet<string> DrainPhases = ["Switching", "Draining", "Retaining", "Retiring", "Completed"];

    private int _peak;

    /// <summary>Takes a snapshot; answers the fraction drained (0–1), or null when the rollout is not draining.</summary>
    public double? Update(RolloutSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        // An old fleet the rollout has not read yet (no status) has no figures to measure.
        if (snapshot.Phase is null || !DrainPhases.Contains(snapshot.Phase) || snapshot.Old is not { Status: not null } old)
        {
            return null;
        }

        _peak = Math.Max(_peak, old.LiveSessions);
        return _peak == 0 ? 1 : 1 - ((double)old.LiveSessions / _peak);
    }

    public int Peak => _peak;

    /// <summary>A text bar for plain output, e.g. <c>[########------------] 40%</c>.</summary>
    public static string Bar(double fraction, int width = 20)
    {
        var filled = (int)Math.Round(Math.Clamp(fraction, 0, 1) * width);
        return "[" + new string('#', filled) + new string('-', width - filled) + $"] {fraction * 100:0}%";
    }
}
