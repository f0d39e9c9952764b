namespace GseFunctions.Rollouts.Activities;

/// <summary>The registered names of the workflow's orchestrators and activities (stable: history refers to them).</summary>
public static class RolloutTaskNames
{
    /// <summary>The rollout orchestrator.</summary>
    public const string Rollout = "Rollout";

    /// <summary>The schedule orchestrator.</summary>
    public const string Schedule = "RolloutSchedule";

    /// <summary>Confirms (or takes) the rollout's hold on its alias, before anything else.</summary>
    public const string HoldAliasLock = "HoldAliasLock";

    /// <summary>Checks the alias and the target before anything changes.</summary>
    public const string InspectTarget = "InspectRolloutTarget";

    /// <summary>Creates (or finds) the rollout's new fleet.</summary>
    public const string ProvisionFleet = "ProvisionFleet";

    /// <summary>Reads a fleet's status, capacity and sessions.</summary>
    public const string ObserveFleet = "ObserveFleet";

    /// <summary>Sets a fleet's capacity and auto-scaling.</summary>
    public const string SetFleetCapacity = "SetFleetCapacity";

    /// <summary>Points the alias at a fleet and reads back where it resolves.</summary>
    public const string SwitchAlias = "SwitchAlias";

    /// <summary>Creates or reads the smoke test's probe session.</summary>
    public const string ProbeSession = "ProbeSession";

    /// <summary>Ends the live sessions of a fleet (or one session).</summary>
    public const string EndSessions = "EndSessions";

    /// <summary>Deletes a fleet.</summary>
    public const string DeleteFleet = "DeleteFleet";

    /// <summary>Releases the alias lock a rollout holds.</summary>
    public const string ReleaseAliasLock = "ReleaseAliasLock";

    /// <summary>Starts the rollout of one schedule occurrence.</summary>
    public const string StartScheduledRollout = "StartScheduledRollout";
}
