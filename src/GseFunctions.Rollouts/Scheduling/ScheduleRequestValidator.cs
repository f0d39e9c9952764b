using System.Globalization;
using Cronos;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Starting;

namespace GseFunctions.Rollouts.Scheduling;

/// <summary>Checks a schedule request before anything is stored or scheduled.</summary>
public static class ScheduleRequestValidator
{
    // The minimum-interval check looks this far ahead (a year holds every month and both daylight-saving changes)…
    private static readonly TimeSpan GapSampleSpan = TimeSpan.FromDays(366);

    // … at no more than this many occurrences (an every-minute cron would otherwise take half a million steps).
    private const int GapSampleSize = 10_000;

    /// <summary>Longest catch-up window a schedule may ask for.</summary>
    public static readonly TimeSpan MaxCatchUpWindow = TimeSpan.FromDays(7);

    /// <summary>The problems per field (camelCase JSON paths; the rollout template's under <c>rollout.</c>); empty when the request is valid.</summary>
    /// <param name="request">The request.</param>
    /// <param name="now">The current time (a one-shot's <see cref="ScheduleRequest.StartAt"/> is checked against it).</param>
    /// <param name="minimumInterval">The shortest time allowed between two cron occurrences; null for <see cref="ScheduleOptions.DefaultMinimumInterval"/>.</param>
    /// <returns>Field to messages.</returns>
    public static IReadOnlyDictionary<string, string[]> Validate(ScheduleRequest request, DateTimeOffset now, TimeSpan? minimumInterval = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();

        if (string.IsNullOrEmpty(request.ScheduleId))
        {
            errors.Add("scheduleId", "The schedule id is required.");
        }
        else if (request.ScheduleId.Length > 64 || !request.ScheduleId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors.Add("scheduleId", "The schedule id must be 1 to 64 characters from A-Z, a-z, 0-9, '-' and '_'.");
        }

        if (request.Rollout is null)
        {
            errors.Add("rollout", "The rollout to start is required.");
        }
        else
        {
            foreach (var (field, messages) in RolloutRequestValidator.Validate(request.Rollout))
            {
                foreach (var message in messages)
                {
                    errors.Add("rollout." + field, message);
                }
            }

            if (request.Rollout.IdempotencyKey is not null && !errors.ContainsKey("rollout.idempotencyKey"))
            {
                errors.Add("rollout.idempotencyKey", "Must be null: each occurrence gets its own rollout instance id.");
            }
        }

        if (request.CatchUpWindow < TimeSpan.Zero || request.CatchUpWindow > MaxCatchUpWindow)
        {
            errors.Add("catchUpWindow", "Must be between 0 and 7 days.");
        }

        if (!Enum.IsDefined(request.MissedOccurrences))
        {
            errors.Add("missedOccurrences", "Must be RunOnce or Skip.");
        }

        var zone = ScheduleCalendar.FindTimeZone(request.TimeZone);
        if (zone is null)
        {
            errors.Add("timeZone", $"Unknown time zone '{request.TimeZone}'; use an IANA id such as 'Europe/Berlin' (or a Windows id).");
        }

        if ((request.StartAt is null) == (request.Cron is null))
        {
            errors.Add("startAt", "Give exactly one of startAt (run once) or cron (recurring).");
        }
        else if (request.StartAt is { } startAt)
        {
            if (startAt < now - request.CatchUpWindow)
            {
                errors.Add("startAt", "Lies in the past by more than the catch-up window.");
            }
        }
        else
        {
            CheckCron(request.Cron!, zone, now, minimumInterval ?? ScheduleOptions.DefaultMinimumInterval, errors.Add);
        }

        return errors.ToDictionary();
    }

    /// <summary>Validates and throws when the request is invalid.</summary>
    /// <param name="request">The request.</param>
    /// <param name="now">The current time.</param>
    /// <param name="minimumInterval">The shortest time allowed between two cron occurrences; null for <see cref="ScheduleOptions.DefaultMinimumInterval"/>.</param>
    /// <exception cref="RolloutValidationException">The request is invalid.</exception>
    public static void ThrowIfInvalid(ScheduleRequest request, DateTimeOffset now, TimeSpan? minimumInterval = null)
    {
        var errors = Validate(request, now, minimumInterval);
        if (errors.Count > 0)
        {
            throw new RolloutValidationException(errors);
        }
    }

    private static void CheckCron(string cron, TimeZoneInfo? zone, DateTimeOffset now, TimeSpan minimumInterval, Action<string, string> add)
    {
        CronExpression expression;
        try
        {
            expression = ScheduleCalendar.ParseCron(cron);
        }
        catch (CronFormatException e)
        {
            add("cron", e.Message);
            return;
        }

        if (zone is null)
        {
            return;
        }

        if (expression.GetNextOccurrence(now.UtcDateTime, zone) is not { } next)
        {
            add("cron", "The cron expression never occurs.");
        }
        else if (FindGapBelow(expression, zone, next, minimumInterval) is var (first, second))
        {
            add("cron", string.Create(
                CultureInfo.InvariantCulture,
                $"Occurrences must be at least {minimumInterval:c} apart (Schedules:MinimumInterval); this expression has occurrences only {second - first:c} apart, e.g. {first:yyyy-MM-ddTHH:mm:ssZ} and {second:yyyy-MM-ddTHH:mm:ssZ}."));
        }
    }

    /// <summary>
    /// Two consecutive occurrences less than <paramref name="minimum"/> apart (elapsed time, so daylight saving counts),
    /// or null. Cron gaps vary (<c>0,59 * * * * *</c>: 59 s, then 1 s; <c>* 0 3 1 1 *</c>: a year, then seconds), so a
    /// sample is checked rather than the first gap: the occurrences in <see cref="GapSampleSpan"/> from the first one
    /// (<c>* * * 29 2 *</c> may be years away), at most <see cref="GapSampleSize"/> of them (a few milliseconds).
    /// </summary>
    private static (DateTime First, DateTime Second)? FindGapBelow(CronExpression expression, TimeZoneInfo zone, DateTime firstUtc, TimeSpan minimum)
    {
        DateTime? previous = null;
        var count = 0;
        foreach (var occurrence in expression.GetOccurrences(firstUtc, firstUtc + GapSampleSpan, zone))
        {
            if (previous is { } last && occurrence - last < minimum)
            {
                return (last, occurrence);
            }

            previous = occurrence;
            if (++count >= GapSampleSize)
            {
                break;
            }
        }

        return null;
    }
}
