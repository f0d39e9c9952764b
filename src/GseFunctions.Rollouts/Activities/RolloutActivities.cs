using GseFunctions.Rollouts.Contracts;

namespace GseFunctions.Rollouts.Activities;

/// <summary>
/// Every activity of the rollout, once (the schedule's one is <c>ScheduleActivities</c>): the self-host's registry
/// (<c>RolloutTasks</c>) is built from <see cref="All"/>, the rollout orchestrator calls through these typed entries, and
/// the Functions app's adapters are tested against the list. Adding an activity is one entry here (with its name constant
/// in <see cref="RolloutTaskNames"/>, which the Functions attribute needs at compile time) plus its Functions adapter.
/// </summary>
public static class RolloutActivities
{
    /// <summary>Confirms (or takes) the rollout's hold on its alias.</summary>
    public static readonly RolloutActivity<HoldAliasLockActivity, HoldAliasLockInput, AliasLockHold> HoldAliasLock = new(RolloutTaskNames.HoldAliasLock);

    /// <summary>Reads the alias and the target; read-only.</summary>
    public static readonly RolloutActivity<InspectTargetActivity, RolloutRequest, RolloutStartPoint> InspectTarget = new(RolloutTaskNames.InspectTarget);

    /// <summary>Creates (or finds) the rollout's new fleet.</summary>
    public static readonly RolloutActivity<ProvisionFleetActivity, ProvisionFleetInput, string> ProvisionFleet = new(RolloutTaskNames.ProvisionFleet);

    /// <summary>Reads a fleet's status, capacity and sessions.</summary>
    public static readonly RolloutActivity<ObserveFleetActivity, string, FleetObservation> ObserveFleet = new(RolloutTaskNames.ObserveFleet);

    /// <summary>Sets a fleet's capacity and auto-scaling.</summary>
    public static readonly RolloutActivity<SetFleetCapacityActivity, SetFleetCapacityInput, FleetChange> SetFleetCapacity = new(RolloutTaskNames.SetFleetCapacity);

    /// <summary>Points the alias at a fleet and reads back where it resolves.</summary>
    public static readonly RolloutActivity<SwitchAliasActivity, SwitchAliasInput, string?> SwitchAlias = new(RolloutTaskNames.SwitchAlias);

    /// <summary>Creates or reads the smoke test's probe session.</summary>
    public static readonly RolloutActivity<ProbeSessionActivity, ProbeSessionInput, ProbeSessionResult> ProbeSession = new(RolloutTaskNames.ProbeSession);

    /// <summary>Ends the live sessions of a fleet (or one session).</summary>
    public static readonly RolloutActivity<EndSessionsActivity, EndSessionsInput, int> EndSessions = new(RolloutTaskNames.EndSessions);

    /// <summary>Deletes a fleet nothing routes to.</summary>
    public static readonly RolloutActivity<DeleteFleetActivity, DeleteFleetInput, FleetChange> DeleteFleet = new(RolloutTaskNames.DeleteFleet);

    /// <summary>Releases the alias lock a rollout holds.</summary>
    public static readonly RolloutActivity<ReleaseAliasLockActivity, ReleaseAliasLockInput, bool> ReleaseAliasLock = new(RolloutTaskNames.ReleaseAliasLock);

    /// <summary>All of them, in registration order.</summary>
    public static IReadOnlyList<RolloutActivity> All { get; } =
    [
        HoldAliasLock, InspectTarget, ProvisionFleet, ObserveFleet, SetFleetCapacity, SwitchAlias, ProbeSession, EndSessions, DeleteFleet,
        ReleaseAliasLock,
    ];
}
