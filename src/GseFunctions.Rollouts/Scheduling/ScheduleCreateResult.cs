namespace GseFunctions.Rollouts.Scheduling;

/// <summary>The answer to a create request.</summary>
/// <param name="Created">True when the schedule was created; false when a schedule with the id already existed (nothing changed).</param>
/// <param name="Definition">The new definition, or the existing one.</param>
public sealed record ScheduleCreateResult(bool Created, ScheduleDefinition Definition);
