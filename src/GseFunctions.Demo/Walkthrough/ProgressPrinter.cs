using GseFunctions.Demo.Api;
using GseFunctions.Demo.Seeding;
using GseFunctions.Demo.Traffic;

namespace GseFunctions.Demo.Walkthrough;

/// <summary>
/// Prints the rollout's progress as it happens: a line when the phase changes (with the rollout's message), when the
/// fleets' numbers change (at most one a second), and at least every five seconds.
/// </summary>
internal sealed class ProgressPrinter(DemoConsole console, SeededScenario seed)
{
    private static readonly TimeSpan MinGap = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxGap = TimeSpan.FromSeconds(5);

    private string? _phase;
    private string? _fleets;
    private TimeSpan _printedAt = TimeSpan.MinValue;

    public void Show(RolloutState state, TrafficSnapshot traffic)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(traffic);
        var phase = state.Phase ?? state.RuntimeStatus;
        var fleets = string.Join(" | ", state.Fleets.Select(Describe));
        var now = console.Elapsed;
        var phaseChanged = phase != _phase;
        if (!phaseChanged && (now - _printedAt < MinGap || (fleets == _fleets && now - _printedAt < MaxGap)))
        {
            return;
        }

        if (phaseChanged && state.Message is { Length: > 0 } message)
        {
            console.Say($"→ {phase}: {message}");
        }

        var overdue = state.DrainOverdue ? " (drain overdue)" : "";
        console.Say($"{phase + overdue,-16} {(fleets.Length > 0 ? fleets : "fleets not observed yet")} | sessions ok {traffic.Created}, failed {traffic.Failed}");
        _phase = phase;
        _fleets = fleets;
        _printedAt = now;
    }

    private string Describe(FleetState fleet) =>
        $"{seed.NameOf(fleet.FleetId)} ({fleet.Role}): {fleet.Status ?? "?",-10} {fleet.Instances,2} inst {fleet.Sessions,3} live";
}
