namespace GseFunctions.Rollouts.Contracts;

/// <summary>
/// A rollout to start later, once (<see cref="StartAt"/>) or on a cron schedule (<see cref="Cron"/> in
/// <see cref="TimeZone"/>). Exactly one of the two must be given. Every occurrence starts its own rollout, with the
/// instance id <c>scheduled.{scheduleId}.{occurrence:yyyyMMddTHHmmssZ}</c> (<c>ScheduleIds.Rollout</c>).
/// </summary>
public sealed record ScheduleRequest
{
    /// <summary>The schedule's id: 1 to 64 characters from <c>A-Z a-z 0-9 - _</c>.</summary>
    public string ScheduleId { get; init; } = "";

    /// <summary>The rollout each occurrence starts. Its <see cref="RolloutRequest.IdempotencyKey"/> must be null: each occurrence gets its own instance id.</summary>
    public RolloutRequest Rollout { get; init; } = new();

    /// <summary>A one-shot schedule's moment. It may lie in the past by at most <see cref="CatchUpWindow"/>.</summary>
    public DateTimeOffset? StartAt { get; init; }

    /// <summary>
    /// A recurring schedule: a cron expression with 5 fields (minute hour day month weekday) or 6 (seconds first). Its
    /// occurrences must lie at least <c>Schedules:MinimumInterval</c> (<c>ScheduleOptions.MinimumInterval</c>) apart (default 1 minute).
    /// </summary>
    public string? Cron { get; init; }

    /// <summary>The time zone <see cref="Cron"/> is read in: an IANA (<c>Europe/Berlin</c>) or Windows id. Default (and when null) <c>UTC</c>.</summary>
    public string? TimeZone { get; init; } = "UTC";

    /// <summary>What happens to occurrences missed while the host was down. Default <see cref="MissedOccurrencePolicy.RunOnce"/>.</summary>
    public MissedOccurrencePolicy MissedOccurrences { get; init; } = MissedOccurrencePolicy.RunOnce;

    /// <summary>How late a missed occurrence may still be started under <see cref="MissedOccurrencePolicy.RunOnce"/> (0 to 7 days). Default 1 hour.</summary>
    public TimeSpan CatchUpWindow { get; init; } = TimeSpan.FromHours(1);
}
