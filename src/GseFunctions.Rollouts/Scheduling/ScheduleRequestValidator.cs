using Cronos;
using GseFunctions.Rollouts.Starting;

namespace GseFunctions.Rollouts.Scheduling;

/// <summary>Checks a schedule request before anything is stored or scheduled.</summary>
public static class ScheduleRequestValidator
{
    /// <summary>Longest catch-up window a schedule may ask for.</summary>
    public static readonly TimeSpan MaxCatchUpWindow = TimeSpan.FromDays(7);

    /// <summary>The problems per field (camelCase JSON paths; the rollout template's under <c>rollout.</c>); empty when the request is valid.</summary>
    /// <param name="request">The request.</param>
    /// <param name="now">The current time (a one-shot's <see cref="ScheduleRequest.StartAt"/> is checked against it).</param>
    /// <returns>Field to messages.</returns>
    public static IReadOnlyDictionary<string, string[]> Validate(ScheduleRequest request, DateTimeOffset now)
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
            CheckCron(request.Cron!, zone, now, errors.Add);
        }

        return errors.ToDictionary();
    }

    /// <summary>Validates and throws when the request is invalid.</summary>
    /// <param name="request">The request.</param>
    /// <param name="now">The current time.</param>
    /// <exception cref="RolloutValidationException">The request is invalid.</exception>
    public static void ThrowIfInvalid(ScheduleRequest request, DateTimeOffset now)
    {
        var errors = Validate(request, now);
        if (errors.Count > 0)
        {
            throw new RolloutValidationException(errors);
        }
    }

    private static void CheckCron(string cron, TimeZoneInfo? zone, DateTimeOffset now, Action<string, string> add)
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

        if (zone is not null && expression.GetNextOccurrence(now.UtcDateTime, zone) is null)
        {
            add("cron", "The cron expression never occurs.");
        }
    }
}
