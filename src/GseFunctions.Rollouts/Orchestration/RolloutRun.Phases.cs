using GseFunctions.Gse;
using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;

namespace GseFunctions.Rollouts.Orchestration;

/// <summary>One method per phase, in the order of the seed's procedure; each enters the next phase or ends the rollout.</summary>
internal sealed partial class RolloutRun
{
    /// <summary>Starting: hold the alias, inspect the alias and the target; nothing changes in GSE.</summary>
    private async Task<PhaseOutcome> StartAsync()
    {
        // Before any GSE call: one rollout per alias holds on every path, including instances the starter never saw.
        var hold = await CallAsync(RolloutActivities.HoldAliasLock, new HoldAliasLockInput(_state.Request.AliasId, _state.RolloutId));
        if (!hold.Held)
        {
            return Refuse($"Rollout '{hold.HolderId}' is still in progress on alias '{_state.Request.AliasId}'; this rollout changed nothing.");
        }

        var start = await CallAsync(RolloutActivities.InspectTarget, _state.Request);
        if (start.Refusal is not null)
        {
            _state = _state with { Refused = true };
            return await FinishAsync(RolloutPhase.Failed, start.Refusal);
        }

        _state = _state with
        {
            OldFleetId = start.OldFleetId,
            OldCapacity = start.OldCapacity,
            OldFleetProtected = start.OldFleetProtected,
            TerminalMessage = start.TerminalMessage,
            AliasFleetId = start.OldFleetId,
            NewFleetId = _state.Request.FleetId,
            NewFleetOriginalCapacity = start.TargetCapacity,
            NewCapacity = TargetCapacity(start),
        };
        Enter(_state.Request.FleetId is null ? RolloutPhase.Provisioning : RolloutPhase.WaitingForFleet, "Checked the alias and the target.");
        return PhaseOutcome.Next;
    }

    /// <summary>Provisioning: copy the old fleet with the new asset (found again by its tag if this runs twice).</summary>
    private async Task<PhaseOutcome> ProvisionAsync()
    {
        var spec = _state.Request.NewFleet!;
        var fleetId = await CallAsync(RolloutActivities.ProvisionFleet, new ProvisionFleetInput(_state.RolloutId, _state.OldFleetId!, spec));
        var source = _state.OldCapacity;
        _state = _state with
        {
            NewFleetId = fleetId,
            NewFleetCreated = true,
            NewCapacity = new FleetSize(
                spec.MinSize ?? source?.MinSize ?? 1,
                spec.DesiredInstances ?? source?.DesiredInstances ?? 1,
                spec.MaxSize ?? source?.MaxSize ?? 1),
        };
        Enter(RolloutPhase.WaitingForFleet, $"Created fleet {fleetId}.");
        return PhaseOutcome.Next;
    }

    /// <summary>WaitingForFleet: until the new fleet is ACTIVE (then sized, if the rollout sizes it) and has free processes.</summary>
    private async Task<PhaseOutcome> WaitForNewFleetAsync()
    {
        var deadline = _state.PhaseStartedAt + Options.ReadinessTimeout;
        if (_state.NewCapacity is { } capacity && !_state.NewCapacityApplied)
        {
            // GSE takes a fleet's full capacity only after its first deployment: size it once it is ACTIVE.
            var active = await WaitForFleetAsync(_state.NewFleetId!, f => f.IsActive, BrokenNewFleet, deadline);
            if (active.Kind != WaitKind.Done)
            {
                return await NotReadyAsync(active);
            }

            await CallAsync(
                RolloutActivities.SetFleetCapacity,
                new SetFleetCapacityInput(_state.NewFleetId!, capacity.MinSize, capacity.DesiredInstances, capacity.MaxSize, AutoScaling: null));
            _state = _state with { NewCapacityApplied = true };
        }

        var ready = await WaitForFleetAsync(_state.NewFleetId!, f => f.IsActive && f.AvailableSessions >= Options.MinAvailableSessions, BrokenNewFleet, deadline);
        if (ready.Kind != WaitKind.Done)
        {
            return await NotReadyAsync(ready);
        }

        Enter(NextGate(RolloutPhase.WaitingForFleet), $"Fleet {_state.NewFleetId} is ready.");
        return PhaseOutcome.Next;
    }

    /// <summary>SmokeTesting: a probe session on the new fleet must become ACTIVE; then it is ended.</summary>
    private async Task<PhaseOutcome> SmokeTestAsync()
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

            if (probe.Status == GseSessionStatuses.Active)
            {
                await CallAsync(RolloutActivities.EndSessions, new EndSessionsInput(null, probe.SessionId));
                Enter(NextGate(RolloutPhase.SmokeTesting), "The probe session became ACTIVE.");
                return PhaseOutcome.Next;
            }

            if (probe.Status is GseSessionStatuses.Terminated or GseSessionStatuses.Terminating or GseSessionStatuses.Error)
            {
                return await UndoAsync($"Smoke test failed: the probe session {probe.SessionId} became {probe.Status} instead of ACTIVE.", fail: true);
            }

            var now = _context.CurrentUtcDateTime;
            if (now >= deadline)
            {
                return await UndoAsync($"Smoke test failed: no ACTIVE probe session within {Options.SmokeTestTimeout}{(probe.Error is null ? "" : $" ({probe.Error})")}.", fail: true);
            }

            if (++_polls >= _state.PollsPerGeneration)
            {
                ContinueAsNew();
                return PhaseOutcome.Continued;
            }

            var fireAt = now + interval < deadline ? now + interval : deadline;
            interval = Grow(interval, first: false);
            if (await SleepOrSignalAsync(fireAt, approval: false) is { } signal)
            {
                return await UndoAsync($"{SignalText(signal)} during the smoke test.", fail: false);
            }
        }
    }

    /// <summary>AwaitingApproval: until <c>approve</c> (an early one is kept); abort, rollback or the timeout undo the rollout.</summary>
    private async Task<PhaseOutcome> AwaitApprovalAsync()
    {
        var signal = await SleepOrSignalAsync(_state.PhaseStartedAt + Options.ApprovalTimeout, approval: true);
        if (signal != RolloutEvents.Approve)
        {
            return await UndoAsync(signal is null ? $"Not approved within {Options.ApprovalTimeout}." : $"{SignalText(signal)} while awaiting approval.", fail: false);
        }

        Enter(RolloutPhase.Switching, "Approved.");
        return PhaseOutcome.Next;
    }

    /// <summary>Switching: readiness once more, the alias to the new fleet, then the old fleet scales in.</summary>
    private async Task<PhaseOutcome> SwitchAsync()
    {
        // The gates may have taken hours: check readiness again right before the alias moves.
        var target = await ObserveAsync(_state.NewFleetId!);
        if (!target.IsActive || target.AvailableSessions < Options.MinAvailableSessions)
        {
            return await UndoAsync($"New fleet {_state.NewFleetId} is no longer ready at the switch ({(target.Exists ? target.Status : "gone")}, {target.AvailableSessions} free processes).", fail: true);
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
            return await UndoAsync($"Alias {_state.Request.AliasId} resolves to {resolved ?? "nothing"} instead of {_state.NewFleetId} after the switch.", fail: true);
        }

        _state = _state with { SwitchedAt = _state.SwitchedAt ?? _context.CurrentUtcDateTime };

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

        Enter(RolloutPhase.Draining, $"Alias {_state.Request.AliasId} resolves to {_state.NewFleetId}.");
        return PhaseOutcome.Next;
    }

    /// <summary>Draining: until the old fleet has no live session (drain-timeout policy); not for a fleet left as it is.</summary>
    private async Task<PhaseOutcome> DrainAsync()
    {
        if (OldFleetRetires)
        {
            var drained = await DrainFleetAsync(_state.OldFleetId!, listen: true, left =>
                $"Old fleet {_state.OldFleetId} still had {left} sessions after {Options.DrainTimeout}; the alias stays on {_state.NewFleetId} and the old fleet is kept.",
                alongside: _state.ObserveNewFleetWhileDraining ? _state.NewFleetId : null);
            if (!drained.IsNext)
            {
                return drained;
            }
        }

        Enter(
            Options.Retention > TimeSpan.Zero && OldFleetRetires ? RolloutPhase.Retaining : RolloutPhase.Retiring,
            OldFleetRetires ? "The old fleet has drained." : "The old fleet is left as it is.");
        return PhaseOutcome.Next;
    }

    /// <summary>Retaining: the drained old fleet is kept for <c>retention</c>, for a fast rollback.</summary>
    private async Task<PhaseOutcome> RetainAsync()
    {
        var signal = await SleepOrSignalAsync(_state.PhaseStartedAt + Options.Retention, approval: false);
        if (signal is not null)
        {
            return await UndoAsync($"{SignalText(signal)} while retaining the old fleet.", fail: false);
        }

        Enter(RolloutPhase.Retiring, "Retention is over.");
        return PhaseOutcome.Next;
    }

    /// <summary>
    /// Retiring: the drained old fleet is deleted, or scale it to zero and keep it. Both are skipped when an alias or queue
    /// has come to route to the fleet since the switch; the fleet then gets its capacity back and the result says who
    /// uses it. A fleet the request keeps (or that was in use at the switch) is left as it is.
    /// </summary>
    private async Task<PhaseOutcome> RetireAsync()
    {
        if (OldFleetRetires && _state.OldFleetId is { } oldFleet)
        {
            var change = Options.Retire == RetireMode.Delete
                ? await CallAsync(RolloutActivities.DeleteFleet, new DeleteFleetInput(oldFleet))
                : await CallAsync(RolloutActivities.SetFleetCapacity, new SetFleetCapacityInput(oldFleet, 0, 0, null, AutoScaling: false, SkipIfInUse: true));
            if (!change.Changed)
            {
                _state = _state with { OldFleetInUseBy = change.InUseBy };
                await RestoreOldCapacityAsync();
            }
            else if (Options.Retire == RetireMode.Delete)
            {
                _state = _state with { FleetsDeleted = [.. _state.FleetsDeleted, oldFleet] };

                // GSE answered the delete: the status should not keep showing the fleet's last poll (ACTIVE).
                if (_seen.TryGetValue(oldFleet, out var last))
                {
                    _seen[oldFleet] = (last.Fleet with { Status = GseFleetStatuses.Deleting, Instances = 0, AvailableSessions = 0 }, _context.CurrentUtcDateTime);
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
        else if (Options.Retire == RetireMode.Keep && _state.OldFleetId is not null)
        {
            _state = _state with { Reason = $"Old fleet {_state.OldFleetId} is kept as it was (retire: Keep)." };
        }

        return await FinishAsync(RolloutPhase.Completed, null);
    }
}
