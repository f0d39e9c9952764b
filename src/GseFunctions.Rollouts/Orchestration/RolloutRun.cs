using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Telemetry;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace GseFunctions.Rollouts.Orchestration;

/// <summary>
/// One generation of a rollout orchestration: a loop that runs the method of the phase the state names
/// (<c>RolloutRun.Phases.cs</c>, in the order of the seed's procedure) until the rollout ends or the generation continues
/// as new; a generation that starts mid-way resumes at its phase. Undo is <c>RolloutRun.Undo.cs</c>, polling and timers
/// <c>RolloutRun.Waiting.cs</c>. No I/O here: GSE effects are activities, time is the context's, waits are durable timers.
/// </summary>
internal sealed partial class RolloutRun
{
    private readonly TaskOrchestrationContext _context;
    private readonly RolloutSignals _signals;
    private readonly ILogger _log;
    // The last observation of each fleet and when it was made (orchestration time), for the custom status.
    private readonly Dictionary<string, (FleetObservation Fleet, DateTime At)> _seen = new(StringComparer.Ordinal);
    private readonly string? _copiedFrom;
    // This generation's observations, in order, handed on to the next generation at ContinueAsNew.
    private readonly List<RolloutObservation> _observed = [];
    private RolloutState _state;
    private int _polls;

    public RolloutRun(TaskOrchestrationContext context, RolloutState input)
    {
        _context = context;
        _signals = new RolloutSignals(context);
        _log = context.CreateReplaySafeLogger<RolloutOrchestrator>();

        // A generation's input names the instance that wrote it; another instance with that input is a copy (a Durable
        // API restart of a rollout that continued as new) whose state describes the other instance's half-done work.
        _copiedFrom = input.RolloutId is { Length: > 0 } origin && origin != context.InstanceId ? origin : null;
        _state = input with
        {
            RolloutId = context.InstanceId,
            PhaseStartedAt = input.PhaseStartedAt == default ? context.CurrentUtcDateTime : input.PhaseStartedAt,
        };
        if (_state.Phases is not { Count: > 0 })
        {
            // A new rollout, or one whose input predates the phase list: it starts with the phase it stands in.
            _state = _state with { Phases = [new RolloutPhaseStart(_state.Phase, _state.PhaseStartedAt)] };
        }
    }

    private RolloutOptions Options => _state.Request.Options;

    private RolloutPhase Phase => _state.Phase;

    public async Task<RolloutResult?> RunAsync()
    {
        if (_copiedFrom is not null)
        {
            return Refuse($"This instance was started with the mid-way state of rollout '{_copiedFrom}' ({Phase}); resuming it would act on that rollout's fleets. Start a new rollout instead.").Result;
        }

        Publish();
        try
        {
            return await RunPhasesAsync();
        }
        catch (Exception e)
        {
            // No exception ends a rollout without a defined state: an activity that kept failing (TaskFailedException)
            // and a fault of the orchestrator itself are handled alike, by where the rollout stood.
            var (task, detail) = e is TaskFailedException t ? (t.TaskName, t.FailureDetails.ErrorMessage) : ("The orchestrator", $"{e.GetType().Name}: {e.Message}");
            GseFunctions.Rollouts.Log.ActivityFailed(_log, _state.RolloutId, _state.Request.AliasId, _state.OldFleetId, _state.NewFleetId, Phase, task, detail);
            return await FailAsync($"{task} failed in {Phase}: {detail}");
        }
    }

    /// <summary>
    /// Ends a rollout that hit a failure: before the switch it is undone; after it (draining, retaining, retiring) the
    /// alias stays on the new fleet and the old fleet gets its capacity back, so it is left whole rather than at zero;
    /// while undoing, it stops with what is known. The reason says what was left and why.
    /// </summary>
    private async Task<RolloutResult?> FailAsync(string failure)
    {
        if (RolloutPhaseTransitions.IsTerminal(Phase))
        {
            return FinishedResult();
        }

        if (Phase == RolloutPhase.RollingBack)
        {
            return (await FinishAsync(RolloutPhase.Failed, $"{_state.Reason} Undoing failed too: {failure}")).Result;
        }

        if (Phase is RolloutPhase.Retiring or RolloutPhase.Draining or RolloutPhase.Retaining)
        {
            return (await FinishAsync(RolloutPhase.Failed, $"{failure} The alias stays on {_state.NewFleetId}; {await KeepOldFleetAsync()}")).Result;
        }

        try
        {
            return (await UndoAsync(failure, fail: true)).Result;
        }
        catch (Exception undo)
        {
            // GSE kept failing while undoing: stop with what is known; the status shows where things stand.
            var (task, detail) = undo is TaskFailedException t ? (t.TaskName, t.FailureDetails.ErrorMessage) : ("The orchestrator", undo.Message);
            return (await FinishAsync(RolloutPhase.Failed, $"{failure} Undoing failed too: {task} failed: {detail}")).Result;
        }
    }

    /// <summary>After a failure past the switch: gives the old fleet its capacity back if the switch took it; says what was left.</summary>
    private async Task<string> KeepOldFleetAsync()
    {
        if (_state.OldFleetId is null)
        {
            return "there was no old fleet.";
        }

        if (!_state.OldFleetScaledIn || _state.FleetsDeleted.Contains(_state.OldFleetId))
        {
            return $"old fleet {_state.OldFleetId} is kept as it is.";
        }

        try
        {
            await RestoreOldCapacityAsync();
            return $"old fleet {_state.OldFleetId} is kept with its capacity restored (min {_state.OldCapacity!.MinSize}, desired {_state.OldCapacity.DesiredInstances}, max {_state.OldCapacity.MaxSize}).";
        }
        catch (TaskFailedException e)
        {
            return $"old fleet {_state.OldFleetId} is kept, scaled in; restoring its capacity failed too ({e.FailureDetails.ErrorMessage}).";
        }
    }

    private async Task RestoreOldCapacityAsync()
    {
        if (_state.OldFleetScaledIn && _state.OldFleetId is not null && _state.OldCapacity is { } c)
        {
            await CallAsync(RolloutActivities.SetFleetCapacity, new SetFleetCapacityInput(_state.OldFleetId, c.MinSize, c.DesiredInstances, c.MaxSize, AutoScaling: true));
            _state = _state with { OldFleetScaledIn = false };
        }
    }

    /// <summary>
    /// Runs the phase the state names, one method per phase, until the rollout ends (its result) or the generation
    /// continues as new (null). A generation that starts mid-way (after ContinueAsNew) resumes at its phase.
    /// </summary>
    private async Task<RolloutResult?> RunPhasesAsync()
    {
        while (true)
        {
            var phase = Phase;
            var outcome = phase switch
            {
                RolloutPhase.Starting => await StartAsync(),
                RolloutPhase.Provisioning => await ProvisionAsync(),
                RolloutPhase.WaitingForFleet => await WaitForNewFleetAsync(),
                RolloutPhase.SmokeTesting => await SmokeTestAsync(),
                RolloutPhase.AwaitingApproval => await AwaitApprovalAsync(),
                RolloutPhase.Switching => await SwitchAsync(),
                RolloutPhase.Draining => await DrainAsync(),
                RolloutPhase.Retaining => await RetainAsync(),
                RolloutPhase.Retiring => await RetireAsync(),
                RolloutPhase.RollingBack => await RollBackAsync(),
                _ => PhaseOutcome.Ended(FinishedResult()),
            };
            if (!outcome.IsNext)
            {
                return outcome.Result;
            }

            if (Phase == phase)
            {
                throw new InvalidOperationException($"Phase {phase} of rollout {_state.RolloutId} answered Next without entering another phase.");
            }
        }
    }

    /// <summary>
    /// The capacity an existing target gets once ACTIVE: the request's, else — when it wants no instances (a fleet retired
    /// with ScaleToZero) — the old fleet's, with at least one instance; else none (it keeps its own). A new fleet's comes
    /// from its spec when it is provisioned.
    /// </summary>
    private FleetSize? TargetCapacity(RolloutStartPoint start)
    {
        if (_state.Request.FleetId is null)
        {
            return null;
        }

        if (Options.TargetCapacity is { } asked)
        {
            return asked;
        }

        if (start.TargetCapacity is { DesiredInstances: 0 } && start.OldCapacity is { } old)
        {
            var desired = Math.Max(1, old.DesiredInstances);
            return new FleetSize(Math.Min(old.MinSize, desired), desired, Math.Max(desired, old.MaxSize));
        }

        return null;
    }

    /// <summary>True when the old fleet is the rollout's to shrink and retire (it has one, and neither the request nor another user keeps it).</summary>
    private bool OldFleetRetires => _state.OldFleetId is not null && Options.Retire != RetireMode.Keep && _state.OldFleetInUseBy.Count == 0;

    /// <summary>Ends a rollout that may not act at its first step: no GSE call, no lock release (it holds none).</summary>
    private PhaseOutcome Refuse(string reason)
    {
        // Set directly rather than through Enter: a copied mid-way state may stand in a phase with no edge to Failed.
        _state = _state with
        {
            Phase = RolloutPhase.Failed,
            Refused = true,
            Reason = reason,
            PhaseStartedAt = _context.CurrentUtcDateTime,
            Phases = [.. _state.Phases, new RolloutPhaseStart(RolloutPhase.Failed, _context.CurrentUtcDateTime)],
        };
        Log.PhaseChanged(_log, _state.RolloutId, _state.Request.AliasId, _state.OldFleetId, _state.NewFleetId, RolloutPhase.Starting, RolloutPhase.Failed);
        Publish(reason);
        return PhaseOutcome.Ended(FinishedResult());
    }

    private static string? BrokenNewFleet(FleetObservation f) => f.IsBroken ? $"New fleet {f.FleetId} is {(f.Exists ? f.Status : "gone")}." : null;

    private Task<PhaseOutcome> NotReadyAsync(WaitResult wait) => wait.Kind switch
    {
        WaitKind.Continued => Task.FromResult(PhaseOutcome.Continued),
        WaitKind.Signal => UndoAsync($"{wait.Detail} before the switch.", fail: false),
        WaitKind.Broken => UndoAsync(wait.Detail!, fail: true),
        _ => UndoAsync($"New fleet {_state.NewFleetId} was not ready within {Options.ReadinessTimeout}.", fail: true),
    };

    private RolloutPhase NextGate(RolloutPhase after) =>
        after == RolloutPhase.WaitingForFleet && Options.SmokeTest ? RolloutPhase.SmokeTesting
        : Options.RequireApproval ? RolloutPhase.AwaitingApproval
        : RolloutPhase.Switching;

    private void Enter(RolloutPhase next, string? message)
    {
        RolloutPhaseTransitions.Ensure(_state.RolloutId, Phase, next);
        Log.PhaseChanged(_log, _state.RolloutId, _state.Request.AliasId, _state.OldFleetId, _state.NewFleetId, Phase, next);
        if (!_context.IsReplaying)
        {
            // Once per transition: replays re-run this line with IsReplaying set, and a phase that spans ContinueAsNew
            // generations is measured here, at its end, from the start time the state carries.
            RolloutMetrics.PhaseEnded(Phase, next, _context.CurrentUtcDateTime - _state.PhaseStartedAt);
        }

        _state = _state with
        {
            Phase = next,
            PhaseStartedAt = _context.CurrentUtcDateTime,
            Phases = [.. _state.Phases, new RolloutPhaseStart(next, _context.CurrentUtcDateTime)],
        };
        Publish(message);
    }

    private void Publish(string? message = null) => _context.SetCustomStatus(new RolloutStatus
    {
        Phase = Phase,
        AliasId = _state.Request.AliasId,
        OldFleetId = _state.OldFleetId,
        NewFleetId = _state.NewFleetId,
        Fleets = new[] { (_state.OldFleetId, "old"), (_state.NewFleetId, "new") }
            .Where(f => f.Item1 is not null)
            .Select(f => _seen.TryGetValue(f.Item1!, out var seen)
                ? new FleetProgress(seen.Fleet.FleetId, f.Item2, seen.Fleet.Exists ? seen.Fleet.Status : "DELETED", seen.Fleet.Sessions, seen.Fleet.AvailableSessions, seen.Fleet.Instances, seen.At)
                : new FleetProgress(f.Item1!, f.Item2, null, 0, 0, 0))
            .ToList(),
        PhaseStartedAt = _state.PhaseStartedAt,
        Message = message ?? _state.Reason,
        DrainOverdue = _state.DrainOverdue,
        Phases = _state.Phases,
        SwitchedAt = _state.SwitchedAt,
    });

    /// <summary>Calls an activity, retrying failures with exponential backoff (the GSE client has already retried what it safely can).</summary>
    private Task<TOutput> CallAsync<TActivity, TInput, TOutput>(RolloutActivity<TActivity, TInput, TOutput> activity, TInput input)
        where TActivity : TaskActivity<TInput, TOutput> =>
        activity.CallAsync(_context, input, TaskOptions.FromRetryPolicy(new RetryPolicy(
            maxNumberOfAttempts: _state.ActivityAttempts,
            firstRetryInterval: _state.ActivityRetryInterval,
            backoffCoefficient: 2,
            maxRetryInterval: TimeSpan.FromMinutes(1))));
}
