using Cronos;
using GseFunctions.Rollouts.Contracts;

namespace GseFunctions.Rollouts.Scheduling;

/// <summary>
/// The schedule's pure time logic: the next occurrence and what to do when the orchestration wakes. No clock of its
/// own: "now" is an argument (the orchestration's <c>CurrentUtcDateTime</c>), so a replay makes the same decisions.
/// </summary>
internal static class ScheduleCalendar
{
    /// <summary>How late an occurrence may be reached and still count as on time (timer and dispatch latency). One minute.</summary>
    public static readonly TimeSpan OnTimeTolerance = TimeSpan.FromMinutes(1);

    /// <summary>Missed occurrences counted one by one before the count jumps to the catch-up window (bounds the work after a long outage).</summary>
    internal const int MaxCountedMisses = 100_000;

    /// <summary>Parses a 5-field or 6-field (seconds first) cron expression.</summary>
    /// <exception cref="CronFormatException">The expression is malformed.</exception>
    public static CronExpression ParseCron(string cron)
    {
        ArgumentNullException.ThrowIfNull(cron);
        var fields = cron.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return fields.Length switch
        {
            5 => CronExpression.Parse(string.Join(' ', fields), CronFormat.Standard),
            6 => CronExpression.Parse(string.Join(' ', fields), CronFormat.IncludeSeconds),
            _ => throw new CronFormatException("The cron expression must have 5 fields (minute hour day month weekday) or 6 (seconds first)."),
        };
    }

    /// <summary>The time zone for an IANA or Windows id (null or empty: UTC); null when unknown.</summary>
    public static TimeZoneInfo? FindTimeZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return TimeZoneInfo.Utc;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
    }

    /// <summary>
    /// The first occurrence strictly after <paramref name="lastHandledUtc"/> (or, before any was handled, after the
    /// creation for a cron schedule, or the one-shot's moment); null when none is left.
    /// </summary>
    public static DateTime? NextOccurrence(ScheduleRequest request, DateTime? lastHandledUtc, DateTime createdAtUtc)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.StartAt is { } startAt)
        {
            return lastHandledUtc is null ? startAt.UtcDateTime : null;
        }

        var (cron, zone) = Parse(request);
        return cron.GetNextOccurrence(Utc(lastHandledUtc ?? createdAtUtc), zone, inclusive: false);
    }

    /// <summary>What to do at <paramref name="nowUtc"/>: wait, start an occurrence, skip missed ones, or end.</summary>
    public static ScheduleDecision Decide(ScheduleRequest request, DateTime? lastHandledUtc, DateTime createdAtUtc, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(request);
        nowUtc = Utc(nowUtc);
        if (NextOccurrence(request, lastHandledUtc, createdAtUtc) is not { } next)
        {
            return ScheduleDecision.End;
        }

        if (next > nowUtc)
        {
            return new ScheduleDecision(ScheduleDecisionKind.Wait, next);
        }

        var window = request.MissedOccurrences == MissedOccurrencePolicy.Skip || request.CatchUpWindow < OnTimeTolerance
            ? OnTimeTolerance
            : request.CatchUpWindow;
        var (latest, missed, handledThrough) = request.Cron is null ? (next, 0, next) : LatestDue(request, next, nowUtc, window);
        return nowUtc - latest <= window
            ? new ScheduleDecision(ScheduleDecisionKind.Run, latest, missed, handledThrough)
            : new ScheduleDecision(ScheduleDecisionKind.Skip, latest, missed, handledThrough);
    }

    /// <summary>The latest occurrence at or before now (from <paramref name="first"/>, which is due), how many came before it, and the new last-handled moment.</summary>
    private static (DateTime Latest, int Missed, DateTime HandledThrough) LatestDue(ScheduleRequest request, DateTime first, DateTime nowUtc, TimeSpan window)
    {
        var (cron, zone) = Parse(request);
        var latest = first;
        var missed = 0;
        while (cron.GetNextOccurrence(latest, zone, inclusive: false) is { } n && n <= nowUtc)
        {
            latest = n;
            if (++missed < MaxCountedMisses)
            {
                continue;
            }

            // A very long outage of a very frequent schedule: only the catch-up window can hold the occurrence to
            // run, so look there; everything before it is skipped uncounted.
            var inWindow = cron.GetOccurrences(Max(latest, nowUtc - window), nowUtc, zone, fromInclusive: false, toInclusive: true).ToList();
            return inWindow.Count > 0 ? (inWindow[^1], missed + inWindow.Count - 1, inWindow[^1]) : (latest, missed, nowUtc);
        }

        return (latest, missed, latest);
    }

    private static (CronExpression Cron, TimeZoneInfo Zone) Parse(ScheduleRequest request) =>
        (ParseCron(request.Cron ?? throw new InvalidOperationException($"Schedule '{request.ScheduleId}' has neither startAt nor cron.")),
         FindTimeZone(request.TimeZone) ?? throw new InvalidOperationException($"Schedule '{request.ScheduleId}': unknown time zone '{request.TimeZone}'."));

    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
