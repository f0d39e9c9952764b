namespace GseFunctions.Rollouts.Tests.Resilience;

/// <summary>When <see cref="CrashConsistencyTests"/> kills the worker (SIGKILL of the process tree).</summary>
public enum KillPoint
{
    /// <summary>In Provisioning, right after GSE applied CopyFleet, before the activity saw the answer.</summary>
    Provisioning,

    /// <summary>As soon as the status shows WaitingForFleet (the new fleet is activating; the orchestration polls it on timers).</summary>
    WaitingForFleet,

    /// <summary>In Switching, right after GSE applied UpdateAlias, before the activity saw the answer.</summary>
    Switching,

    /// <summary>As soon as the status shows Draining (the old fleet still has sessions).</summary>
    Draining,

    /// <summary>In Retiring, right after GSE applied DeleteFleet, before the activity saw the answer.</summary>
    Retiring,

    /// <summary>At a random instant after the start (seeded; the seed is printed).</summary>
    Random,
}
