namespace GseFunctions.Rollouts.Scheduling;

/// <summary>What a create request did.</summary>
public enum ScheduleCreateDisposition
{
    /// <summary>The schedule was stored and its workflow scheduled.</summary>
    Created,

    /// <summary>A schedule with the id already existed; nothing changed.</summary>
    Existing,

    /// <summary>
    /// The workflow's instance id is held by an instance that is not a schedule workflow (a rollout, say); nothing was
    /// stored, and that instance was left alone.
    /// </summary>
    IdTaken,
}
