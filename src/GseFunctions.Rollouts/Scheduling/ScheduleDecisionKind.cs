namespace GseFunctions.Rollouts.Scheduling;

/// <summary>What a schedule does when it looks at the clock.</summary>
internal enum ScheduleDecisionKind
{
    /// <summary>The next occurrence is in the future: wait until it.</summary>
    Wait,

    /// <summary>An occurrence is due: start its rollout.</summary>
    Run,

    /// <summary>The due occurrences were missed beyond the policy's window: skip them.</summary>
    Skip,

    /// <summary>No occurrence is left.</summary>
    End,
}
