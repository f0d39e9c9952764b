namespace GseFunctions.Rollouts.Contracts;

/// <summary>A stored schedule.</summary>
/// <param name="Request">What was asked (validated).</param>
/// <param name="CreatedAt">When it was created; a cron schedule's first occurrence comes strictly after this.</param>
public sealed record ScheduleDefinition(ScheduleRequest Request, DateTimeOffset CreatedAt)
{
    /// <summary>The schedule's id.</summary>
    public string ScheduleId => Request.ScheduleId;
}
