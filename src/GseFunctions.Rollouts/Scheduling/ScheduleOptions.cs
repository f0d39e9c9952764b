using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Rollouts.Scheduling;

/// <summary>Rules for schedules, bound from the <c>Schedules</c> configuration section.</summary>
public sealed class ScheduleOptions
{
    /// <summary>The default <see cref="MinimumInterval"/>: 1 minute.</summary>
    public static readonly TimeSpan DefaultMinimumInterval = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The shortest time a cron schedule may leave between two occurrences (<c>Schedules:MinimumInterval</c>, 0 to 1
    /// day). Each occurrence starts a rollout, and a cron with seconds can fire every second; a create whose upcoming
    /// occurrences come closer than this is refused. Default 1 minute.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Schedules:MinimumInterval must be between 00:00:00 and 1.00:00:00.")]
    public TimeSpan MinimumInterval { get; set; } = DefaultMinimumInterval;
}
