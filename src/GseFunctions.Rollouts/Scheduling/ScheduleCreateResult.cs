using GseFunctions.Rollouts.Contracts;

namespace GseFunctions.Rollouts.Scheduling;

/// <summary>The answer to a create request.</summary>
/// <param name="Disposition">What happened.</param>
/// <param name="Definition">The new definition; the existing one (<see cref="ScheduleCreateDisposition.Existing"/>); the one asked for, not stored (<see cref="ScheduleCreateDisposition.IdTaken"/>).</param>
/// <param name="InstanceId">The schedule workflow's instance id (for <see cref="ScheduleCreateDisposition.IdTaken"/>, the instance that holds it).</param>
public sealed record ScheduleCreateResult(ScheduleCreateDisposition Disposition, ScheduleDefinition Definition, string InstanceId)
{
    /// <summary>True when the schedule was created; false when it existed (nothing changed) or its id was taken (nothing stored).</summary>
    public bool Created => Disposition == ScheduleCreateDisposition.Created;
}
