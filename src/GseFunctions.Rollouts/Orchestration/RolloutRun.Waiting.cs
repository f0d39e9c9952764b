using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;

namespace GseFunctions.Rollouts.Orchestration;

internal sealed partial class RolloutRun
{
    /// <summary>
    /// Polls a fleet on durable timers until <paramref name="done"/> holds, <paramref name="broken"/> names a reason,
    /// the deadline passes or abort/rollback arrives. Each poll first reads <paramref name="alongside"/>, if given, for the
    /// status and timeline only (it decides nothing). The interval starts at the poll interval and grows by half while
    /// nothing changes (up to the maximum); after <see cref="RolloutState.PollsPerGeneration"/> polls the generation
    /// continues as new so history stays bounded.
    /// </summary>
    private async Task<WaitResult> WaitForFleetAsync(
        string fleetId, Func<FleetObservation, bool> done, Func<FleetObservation, string?> broken, DateTime? deadline, bool listen = true, string? alongside = null)
    {
        var interval = Options.PollInterval;
        FleetObservation? previous = null;
        while (true)
        {
            if (alongside is not null)
            {
                await ObserveAsync(alongside);
            }

            var fleet = await ObserveAsync(fleetId);
            if (done(fleet))
            {
                return new WaitResult(WaitKind.Done);
            }

            if (broken(fleet) is { } reason)
            {
                return new WaitResult(WaitKind.Broken, reason);
            }

            var now = _context.CurrentUtcDateTime;
            if (deadline is { } due && now >= due)
            {
                return new WaitResult(WaitKind.TimedOut);
            }

            if (++_polls >= _state.PollsPerGeneration)
            {
                ContinueAsNew();
                return new WaitResult(WaitKind.Continued);
            }

            interval = previous is null || fleet == previous ? Grow(interval, previous is null) : Options.PollInterval;
            previous = fleet;
            var fireAt = now + interval;
            if (deadline is { } d && d < fireAt)
            {
                fireAt = d;
            }

            var signal = listen ? await SleepOrSignalAsync(fireAt, approval: false) : await SleepAsync(fireAt);
            if (signal is not null)
            {
                return new WaitResult(WaitKind.Signal, SignalText(signal));
            }
        }
    }

    /// <summary>
    /// Waits until a fleet has no live session (Next when drained). When the drain timeout passes it applies the
    /// policy: keep waiting (marked overdue), end the remaining sessions and wait for them, or fail with
    /// <paramref name="failReason"/> (given the sessions left). With <paramref name="listen"/>, abort and rollback undo the rollout.
    /// Each poll also reads <paramref name="alongside"/>, if given (the new fleet while the old one drains).
    /// </summary>
    private async Task<PhaseOutcome> DrainFleetAsync(string fleetId, bool listen, Func<int, string> failReason, string? alongside = null)
    {
        while (true)
        {
            DateTime? deadline = _state.DrainOverdue ? null : _state.PhaseStartedAt + Options.DrainTimeout;
            var wait = await WaitForFleetAsync(fleetId, f => !f.Exists || f.Sessions == 0, _ => null, deadline, listen, alongside);
            switch (wait.Kind)
            {
                case WaitKind.Done: return PhaseOutcome.Next;
                case WaitKind.Continued: return PhaseOutcome.Continued;
                case WaitKind.Signal: return await UndoAsync($"{wait.Detail} while the old fleet drained.", fail: false);
            }

            var left = _seen.TryGetValue(fleetId, out var seen) ? seen.Fleet.Sessions : 0;
            switch (Options.OnDrainTimeout)
            {
                case DrainTimeoutAction.Fail:
                    return await FinishAsync(RolloutPhase.Failed, failReason(left));
                case DrainTimeoutAction.EndSessions:
                    await CallAsync(RolloutActivities.EndSessions, new EndSessionsInput(fleetId, null));
                    break;
            }

            _state = _state with { DrainOverdue = true };
            Publish($"Drain overdue: {left} sessions left on {fleetId} after {Options.DrainTimeout}.");
        }
    }

    private TimeSpan Grow(TimeSpan interval, bool first) =>
        first ? interval : TimeSpan.FromTicks(Math.Min(Options.MaxPollInterval.Ticks, (long)(interval.Ticks * 1.5)));

    /// <summary>Sleeps on a durable timer until <paramref name="fireAt"/>; answers the event that cut it short, if any.</summary>
    private async Task<string?> SleepOrSignalAsync(DateTime fireAt, bool approval)
    {
        var signals = _signals.For(approval).ToList();
        if (signals.FirstOrDefault(s => s.Task.IsCompleted) is { Name: not null } ready)
        {
            return ready.Name;
        }

        using var cancel = new CancellationTokenSource();
        var timer = _context.CreateTimer(TimerTarget(fireAt), cancel.Token);
        var winner = await Task.WhenAny(signals.Select(s => (Task)s.Task).Append(timer));
        if (winner == timer)
        {
            return null;
        }

        cancel.Cancel(); // synchronously: an awaited non-durable task would resume outside the orchestration episode
        return signals.First(s => s.Task == winner).Name;
    }

    private async Task<string?> SleepAsync(DateTime fireAt)
    {
        await _context.CreateTimer(TimerTarget(fireAt), CancellationToken.None);
        return null;
    }

    /// <summary>
    /// The Azure Storage backend delivers a timer as a queue message whose visibility delay is whole seconds, cut down
    /// from the time left when it is sent, so a timer fires up to a second early (the bench saw a 1 s poll come back
    /// after 22 ms). Asking one second later makes a wait of a second or more last at least as long as meant (and at
    /// most a second longer); shorter waits, which only tests use, are left exact.
    /// </summary>
    private DateTime TimerTarget(DateTime fireAt) =>
        fireAt - _context.CurrentUtcDateTime >= TimeSpan.FromSeconds(1) ? fireAt.AddSeconds(1) : fireAt;

    private async Task<FleetObservation> ObserveAsync(string fleetId)
    {
        var fleet = await CallAsync(RolloutActivities.ObserveFleet, fleetId);
        _seen[fleetId] = (fleet, _context.CurrentUtcDateTime);
        _observed.Add(new RolloutObservation(_context.CurrentUtcDateTime, fleet.FleetId, fleet.Exists ? fleet.Status : RolloutObservation.Deleted, fleet.Instances, fleet.Sessions, fleet.AvailableSessions));
        Publish();
        return fleet;
    }

    private void ContinueAsNew()
    {
        Log.ContinuedAsNew(_log, _state.RolloutId, _state.Request.AliasId, _state.OldFleetId, _state.NewFleetId, Phase, _state.Generation + 1);
        var observations = ObservationThinning.Thin([.. _state.Observations, .. _observed], ObservationThinning.MaxObservations, out var thinned);
        _context.ContinueAsNew(
            _state with
            {
                Generation = _state.Generation + 1,
                Observations = observations,
                ObservationsThinned = _state.ObservationsThinned || thinned,
            },
            preserveUnprocessedEvents: true);
    }

    private static string SignalText(string signal) => signal switch
    {
        RolloutEvents.Abort => "Aborted",
        RolloutEvents.Rollback => "Rollback requested",
        _ => signal,
    };
}
