using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;
using Microsoft.DurableTask;

namespace GseFunctions.Rollouts.Orchestration;

internal sealed partial class RolloutRun
{
    /// <summary>Starts undoing the rollout: <see cref="RolloutPhase.RollingBack"/>, then <see cref="RollBackAsync"/>.</summary>
    private async Task<PhaseOutcome> UndoAsync(string reason, bool fail)
    {
        if (Phase is RolloutPhase.Starting or RolloutPhase.RollingBack)
        {
            return await FinishAsync(RolloutPhase.Failed, reason);
        }

        _state = _state with { Reason = reason, FailAfterUndo = fail };
        Enter(RolloutPhase.RollingBack, reason);
        return await RollBackAsync();
    }

    /// <summary>
    /// Puts the alias back on the old fleet (or back to TERMINAL) with the old fleet's capacity and auto-scaling restored,
    /// waits until the sessions that started on the new fleet have ended, and deletes the new fleet if the rollout
    /// created it. Each step is idempotent and recorded, so a later generation or a re-run resumes where it stopped.
    /// </summary>
    private async Task<PhaseOutcome> RollBackAsync()
    {
        if (_state.Switched && !_state.AliasRestored)
        {
            var back = await CallAsync(RolloutActivities.SwitchAlias,
                new SwitchAliasInput(_state.Request.AliasId, _state.OldFleetId, _state.OldFleetId is null ? _state.TerminalMessage : null));
            _state = _state with { AliasFleetId = back };
            if (back != _state.OldFleetId)
            {
                return await FinishAsync(RolloutPhase.Failed, $"{_state.Reason} The alias could not be moved back: it resolves to {back ?? "nothing"}.");
            }

            await RestoreOldCapacityAsync();

            _state = _state with { AliasRestored = true, DrainOverdue = false, PhaseStartedAt = _context.CurrentUtcDateTime };
            Publish($"Alias {_state.Request.AliasId} is back on {_state.OldFleetId ?? "TERMINAL"}.");
        }

        if (_state.ProbeSessionId is not null && !_state.NewFleetCreated)
        {
            await CallAsync(RolloutActivities.EndSessions, new EndSessionsInput(null, _state.ProbeSessionId));
        }

        // The new fleet drains only when the undo will shrink it: a fleet it created is deleted, an existing target's
        // capacity goes back to what it was. An existing target the rollout did not resize is left to its own sessions
        // (it may serve another alias, e.g. a canary, and would never drain).
        var resized = _state.NewCapacityApplied && !_state.NewFleetCreated && _state.NewFleetOriginalCapacity is not null;
        if (_state.Switched && _state.NewFleetId is not null && (_state.NewFleetCreated || resized))
        {
            var drained = await DrainFleetAsync(_state.NewFleetId, listen: false, left =>
                $"{_state.Reason} The alias is back on {_state.OldFleetId}, but fleet {_state.NewFleetId} still had {left} sessions after {Options.DrainTimeout} and is kept.");
            if (!drained.IsNext)
            {
                return drained;
            }
        }

        if (resized && _state.NewFleetOriginalCapacity is { } original)
        {
            await CallAsync(RolloutActivities.SetFleetCapacity,
                new SetFleetCapacityInput(_state.NewFleetId!, original.MinSize, original.DesiredInstances, original.MaxSize, AutoScaling: null));
            _state = _state with { NewCapacityApplied = false };
        }

        if (_state.NewFleetCreated || (_state.NewFleetId is null && _state.Request.NewFleet is not null))
        {
            // Never a fleet the rollout did not create; and not one that an alias or queue has come to route to.
            var deleted = await CallAsync(RolloutActivities.DeleteFleet,
                new DeleteFleetInput(_state.NewFleetId, _state.NewFleetId is null ? _state.RolloutId : null));
            if (deleted is { Changed: true, FleetId: { } gone })
            {
                _state = _state with { FleetsDeleted = [.. _state.FleetsDeleted, gone] };
            }
            else if (deleted is { Changed: false, FleetId: { } used })
            {
                _state = _state with { Reason = $"{_state.Reason} Fleet {used}, which this rollout created, is kept: {string.Join(", ", deleted.InUseBy)} route to it." };
            }
        }

        return await FinishAsync(_state.FailAfterUndo ? RolloutPhase.Failed : RolloutPhase.RolledBack, _state.Reason);
    }

    /// <summary>Enters a terminal phase, releases the alias lock and answers the result.</summary>
    private async Task<PhaseOutcome> FinishAsync(RolloutPhase terminal, string? reason)
    {
        _state = _state with { Reason = reason ?? _state.Reason };
        Enter(terminal, reason);
        try
        {
            await CallAsync(RolloutActivities.ReleaseAliasLock, new ReleaseAliasLockInput(_state.Request.AliasId, _state.RolloutId));
        }
        catch (TaskFailedException e)
        {
            // Not fatal: the lock names a finished rollout, which the next start takes over.
            Log.LockReleaseFailed(_log, _state.RolloutId, _state.Request.AliasId, e.FailureDetails.ErrorMessage);
        }

        return PhaseOutcome.Ended(FinishedResult());
    }

    private RolloutResult FinishedResult() => new(
        Phase switch
        {
            _ when _state.Refused => RolloutOutcome.Refused,
            RolloutPhase.Completed => RolloutOutcome.Completed,
            RolloutPhase.RolledBack => RolloutOutcome.RolledBack,
            _ => RolloutOutcome.Failed,
        },
        _state.Request.AliasId,
        _state.AliasFleetId,
        _state.OldFleetId,
        _state.NewFleetId,
        _state.Reason,
        _state.FleetsDeleted);
}
