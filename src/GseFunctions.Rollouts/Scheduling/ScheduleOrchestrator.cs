using Microsoft.DurableTask;

namespace GseFunctions.Rollouts.Scheduling;

/// <summary>
/// One schedule (instance id <c>schedule.{scheduleId}</c>, <see cref="ScheduleIds.Orchestration"/>): waits with a durable timer for the next occurrence,
/// decides with <see cref="ScheduleCalendar"/> from the orchestration's clock only, starts the occurrence's rollout
/// through <see cref="StartScheduledRolloutActivity"/>, records the outcome in its custom status
/// (<see cref="ScheduleStatus"/>), then continues as new with the occurrence handled. A cron schedule runs until
/// it is deleted; a one-shot completes after its occurrence. Answers the final status when it ends.
/// </summary>
public sealed class ScheduleOrchestrator : TaskOrchestrator<ScheduleState, ScheduleStatus?>
{
    /// <summary>How many handled occurrences the status keeps.</summary>
    public const int RecentOccurrences = 10;

    private static readonly TaskOptions StartRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromSeconds(5), 2.0));

    /// <inheritdoc/>
    public override async Task<ScheduleStatus?> RunAsync(TaskOrchestrationContext context, ScheduleState input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var log = context.CreateReplaySafeLogger<ScheduleOrchestrator>();
        var state = input;
        var scheduleId = state.Request.ScheduleId;
        var decision = Decide(context, state);
        while (decision.Kind == ScheduleDecisionKind.Wait)
        {
            Publish(context, state, decision.OccurrenceUtc);

            // Timers may fire a little early: the loop decides again and waits out the rest.
            await context.CreateTimer(decision.OccurrenceUtc, CancellationToken.None);
            decision = Decide(context, state);
        }

        if (decision.Kind == ScheduleDecisionKind.End)
        {
            Log.ScheduleEnded(log, scheduleId);
            return End(context, state);
        }

        var now = context.CurrentUtcDateTime;
        ScheduleOccurrence handled;
        if (decision.Kind == ScheduleDecisionKind.Skip)
        {
            Log.OccurrenceSkipped(log, scheduleId, decision.OccurrenceUtc, decision.Missed);
            handled = new ScheduleOccurrence(
                decision.OccurrenceUtc, ScheduleOccurrenceOutcome.Skipped, null, now, decision.Missed,
                $"Missed by {now - decision.OccurrenceUtc:g}; the {state.Request.MissedOccurrences} policy skips it.");
        }
        else
        {
            try
            {
                var started = await ScheduleActivities.StartScheduledRollout.CallAsync(
                    context, new StartScheduledRolloutInput(scheduleId, decision.OccurrenceUtc, state.CreatedAtUtc), StartRetry);
                if (started.Ended)
                {
                    Log.ScheduleEnded(log, scheduleId);
                    return End(context, state);
                }

                handled = new ScheduleOccurrence(decision.OccurrenceUtc, started.Outcome, started.RolloutInstanceId, now, decision.Missed, started.Reason);
            }
            catch (TaskFailedException e)
            {
                Log.ScheduledStartFailed(log, scheduleId, decision.OccurrenceUtc, e.FailureDetails.ErrorMessage);
                handled = new ScheduleOccurrence(
                    decision.OccurrenceUtc, ScheduleOccurrenceOutcome.Failed, ScheduleIds.Rollout(scheduleId, decision.OccurrenceUtc), now, decision.Missed, e.FailureDetails.ErrorMessage);
            }
        }

        state = state with
        {
            LastHandledUtc = decision.HandledThroughUtc,
            Recent = [handled, .. state.Recent.Take(RecentOccurrences - 1)],
            Generation = state.Generation + 1,
        };
        if (ScheduleCalendar.NextOccurrence(state.Request, state.LastHandledUtc, state.CreatedAtUtc) is not { } next)
        {
            Log.ScheduleEnded(log, scheduleId);
            return End(context, state);
        }

        // A fresh generation per occurrence keeps the history short however long the schedule lives.
        Publish(context, state, next);
        context.ContinueAsNew(state, preserveUnprocessedEvents: false);
        return null;
    }

    private static ScheduleDecision Decide(TaskOrchestrationContext context, ScheduleState state) =>
        ScheduleCalendar.Decide(state.Request, state.LastHandledUtc, state.CreatedAtUtc, context.CurrentUtcDateTime);

    private static ScheduleStatus End(TaskOrchestrationContext context, ScheduleState state)
    {
        var status = Status(state, null) with { Ended = true };
        context.SetCustomStatus(status);
        return status;
    }

    private static void Publish(TaskOrchestrationContext context, ScheduleState state, DateTime next) => context.SetCustomStatus(Status(state, next));

    private static ScheduleStatus Status(ScheduleState state, DateTime? next) => new()
    {
        ScheduleId = state.Request.ScheduleId,
        NextOccurrenceUtc = next,
        LastOccurrences = state.Recent,
    };
}
