using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;

namespace GseFunctions.Rollouts.Orchestration;

internal sealed partial class RolloutRun
{
    /// <summary>A step that either went on (null), continued as new, or must undo the rollout.</summary>
    private readonly record struct StepStop(bool Continued, string? Reason = null, bool Fail = true, RolloutResult? Result = null);

    /// <summary>Creates a probe session on the new fleet and waits until it is ACTIVE, then ends it.</summary>
    private async Task<StepStop?> SmokeTestAsync()
    {
        var deadline = _state.PhaseStartedAt + Options.SmokeTestTimeout;
        var interval = Options.PollInterval;
        while (true)
        {
            var probe = await CallAsync(RolloutActivities.ProbeSession, new ProbeSessionInput(_state.RolloutId, _state.NewFleetId!));
            if (probe.SessionId is not null && _state.ProbeSessionId is null)
            {
                _state = _state with { ProbeSessionId = probe.SessionId };
            }

            if (probe.Status == "ACTIVE")
            {
                await CallAsync(RolloutActivities.EndSessions, new EndSessionsInput(null, probe.SessionId));
                return null;
            }

            if (probe.Status is "TERMINATED" or "TERMINATING" or "ERROR")
            {
                return new StepStop(false, $"Smoke test failed: the probe session {probe.SessionId} became {probe.Status} instead of ACTIVE.");
            }

            var now = _context.CurrentUtcDateTime;
            if (now >= deadline)
            {
                return new StepStop(false, $"Smoke test failed: no ACTIVE probe session within {Options.SmokeTestTimeout}{(probe.Error is null ? "" : $" ({probe.Error})")}.");
            }

            if (++_polls >= _state.PollsPerGeneration)
            {
                ContinueAsNew();
                return new StepStop(true);
            }

            var fireAt = now + interval < deadline ? now + interval : deadline;
            interval = Grow(interval, first: false);
            if (await SleepOrSignalAsync(fireAt, approval: false) is { } signal)
            {
                return new StepStop(false, $"{SignalText(signal)} during the smoke test.", Fail: false);
            }
        }
    }

    /// <summary>Repoints the alias and lets the old fleet scale in; answers why it could not, or null.</summary>
    private async Task<string?> SwitchAsync()
    {
        // The gates may have taken hours: check readiness again right before the alias moves.
        var target = await ObserveAsync(_state.NewFleetId!);
        if (!target.IsActive || target.AvailableSessions < Options.MinAvailableSessions)
        {
            return $"New fleet {_state.NewFleetId} is no longer ready at the switch ({(target.Exists ? target.Status : "gone")}, {target.AvailableSessions} free processes).";
        }

        // Marked before the call: if anything fails from here on, the undo puts the alias back (which is harmless if it never moved).
        _state = _state with { Switched = true };
        string? resolved = null;
        for (var attempt = 0; attempt < 3 && resolved != _state.NewFleetId; attempt++)
        {
            resolved = await CallAsync(RolloutActivities.SwitchAlias, new SwitchAliasInput(_state.Request.AliasId, _state.NewFleetId));
        }

        _state = _state with { AliasFleetId = resolved };
        if (resolved != _state.NewFleetId)
        {
            return $"Alias {_state.Request.AliasId} resolves to {resolved ?? "nothing"} instead of {_state.NewFleetId} after the switch.";
        }

        if (_state.OldFleetId is not null && Options.Retire != RetireMode.Keep)
        {
            // A fleet that protects its sessions can drop to zero at once: stateful scale-in removes only idle servers.
            // Without protection, scale-in could end live matches, so only the minimum drops and the fleet's own scaling
            // shrinks it as matches end; retiring sets it to zero once it has drained. Skipped (and the fleet left as it
            // is) when another alias or a queue routes to it: those would lose their servers.
            var scaleIn = _state.OldFleetProtected
                ? new SetFleetCapacityInput(_state.OldFleetId, 0, 0, null, AutoScaling: false, SkipIfInUse: true)
                : new SetFleetCapacityInput(_state.OldFleetId, 0, null, null, AutoScaling: null, SkipIfInUse: true);
            // Marked before the call, as the switch is: an undo after a partial scale-in then restores it (harmless if none happened).
            _state = _state with { OldFleetScaledIn = true };
            var change = await CallAsync(RolloutActivities.SetFleetCapacity, scaleIn);
            if (!change.Changed)
            {
                _state = _state with { OldFleetScaledIn = false, OldFleetInUseBy = change.InUseBy };
            }
        }

        return null;
    }

    /// <summary>Waits until the old fleet has no live session, applying the drain-timeout policy.</summary>
    private Task<StepStop?> DrainAsync() =>
        !OldFleetRetires
            ? Task.FromResult<StepStop?>(null)
            : DrainFleetAsync(_state.OldFleetId!, listen: true, left =>
                $"Old fleet {_state.OldFleetId} still had {left} sessions after {Options.DrainTimeout}; the alias stays on {_state.NewFleetId} and the old fleet is kept.");

    /// <summary>
    /// Waits until a fleet has no live session (null when drained). When the drain timeout passes it applies the
    /// policy: keep waiting (marked overdue), end the remaining sessions and wait for them, or fail with
    /// <paramref name="failReason"/> (given the sessions left). With <paramref name="listen"/>, abort and rollback undo the rollout.
    /// </summary>
    private async Task<StepStop?> DrainFleetAsync(string fleetId, bool listen, Func<int, string> failReason)
    {
        while (true)
        {
            DateTime? deadline = _state.DrainOverdue ? null : _state.PhaseStartedAt + Options.DrainTimeout;
            var wait = await WaitForFleetAsync(fleetId, f => !f.Exists || f.Sessions == 0, _ => null, deadline, listen);
            switch (wait.Kind)
            {
                case WaitKind.Done: return null;
                case WaitKind.Continued: return new StepStop(true);
                case WaitKind.Signal: return new StepStop(false, Result: await UndoAsync($"{wait.Detail} while the old fleet drained.", fail: false));
            }

            var left = _seen.TryGetValue(fleetId, out var seen) ? seen.Fleet.Sessions : 0;
            switch (Options.OnDrainTimeout)
            {
                case DrainTimeoutAction.Fail:
                    return new StepStop(false, Result: await FinishAsync(RolloutPhase.Failed, failReason(left)));
                case DrainTimeoutAction.EndSessions:
                    await CallAsync(RolloutActivities.EndSessions, new EndSessionsInput(fleetId, null));
                    break;
            }

            _state = _state with { DrainOverdue = true };
            Publish($"Drain overdue: {left} sessions left on {fleetId} after {Options.DrainTimeout}.");
        }
    }

    /// <summary>
    /// Retires the drained old fleet: delete it, or scale it to zero and keep it. Both are skipped when an alias or queue
    /// has come to route to the fleet since the switch; the fleet then gets its capacity back and the result says who
    /// uses it. A fleet the request keeps (or that was in use at the switch) is left as it is.
    /// </summary>
    private async Task RetireAsync()
    {
        if (_state.OldFleetId is null)
        {
            return;
        }

        if (OldFleetRetires)
        {
            var change = Options.Retire == RetireMode.Delete
                ? await CallAsync(RolloutActivities.DeleteFleet, new DeleteFleetInput(_state.OldFleetId))
                : await CallAsync(RolloutActivities.SetFleetCapacity, new SetFleetCapacityInput(_state.OldFleetId, 0, 0, null, AutoScaling: false, SkipIfInUse: true));
            if (!change.Changed)
            {
                _state = _state with { OldFleetInUseBy = change.InUseBy };
                await RestoreOldCapacityAsync();
            }
            else if (Options.Retire == RetireMode.Delete)
            {
                _state = _state with { FleetsDeleted = [.. _state.FleetsDeleted, _state.OldFleetId] };

                // GSE answered the delete: the status should not keep showing the fleet's last poll (ACTIVE).
                if (_seen.TryGetValue(_state.OldFleetId, out var last))
                {
                    _seen[_state.OldFleetId] = (last.Fleet with { Status = "DELETING", Instances = 0, AvailableSessions = 0 }, _context.CurrentUtcDateTime);
                }
            }
        }

        if (_state.OldFleetInUseBy.Count > 0)
        {
            _state = _state with
            {
                Reason = $"Old fleet {_state.OldFleetId} is still in use by {string.Join(", ", _state.OldFleetInUseBy)}, so it was neither scaled in nor retired; its capacity is as it was.",
            };
        }
        else if (Options.Retire == RetireMode.Keep)
        {
            _state = _state with { Reason = $"Old fleet {_state.OldFleetId} is kept as it was (retire: Keep)." };
        }
    }
}
