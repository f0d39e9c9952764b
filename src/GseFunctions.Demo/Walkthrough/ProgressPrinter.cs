using GseFunctions.Demo.Api;
using GseFunctions.Demo.Traffic;

namespace GseFunctions.Demo.Walkthrough;

/// <summary>
/// Prints the rollout's progress as it happens: a line when the phase changes (with the rollout's message), when the
/// fleets' numbers change (at most one a second), and at least every five seconds.
/// </summary>
internal sealed class ProgressPrinter(DemoConsole console)
{
    private static readonly TimeSpan MinGap = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxGap = TimeSpan.FromSeconds(5);

    private string? _phase;
    private string? _fleets;
    private TimeSpan _printedAt = TimeSpan.MinValue;

    /// <summary>Whether <see cref="Show"/> would print now for the phase of <paramref name="state"/> (so fleets are read only then).</summary>
    public bool Due(RolloutProgress state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return PhaseOf(state) != _phase || console.Elapsed - _printedAt >= MinGap;
    }

    public void Show(RolloutProgress state, IReadOnlyList<FleetView> fleets, TrafficSnapshot traffic)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(fleets);
        ArgumentNullException.ThrowIfNull(traffic);
        var phase = PhaseOf(state);
        var numbers = string.Join(" | ", fleets);
        var now = console.Elapsed;
        var phaseChanged = phase != _phase;
        if (!phaseChanged && (now - _printedAt < MinGap || (numbers == _fleets && now - _printedAt < MaxGap)))
        {
            return;
        }

        if (phaseChanged && state.Message is { Length: > 0 } message)
        {
            console.Say($"→ {phase}: {message}");
        }

        var overdue = state.DrainOverdue ? " (overdue)" : "";
        console.Say($"{phase + overdue,-16} {numbers} | sessions ok {traffic.Created}, failed {traffic.Failed}");
        _phase = phase;
        _fleets = numbers;
        _printedAt = now;
    }

    private static string PhaseOf(RolloutProgress state) => state.Phase ?? state.RuntimeStatus;
}
