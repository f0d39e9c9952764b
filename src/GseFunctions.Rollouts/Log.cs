using GseFunctions.Rollouts.Contracts;
using Microsoft.Extensions.Logging;

namespace GseFunctions.Rollouts;

/// <summary>Source-generated log messages of the rollout workflow (event ids 3000-3099).</summary>
internal static partial class Log
{
    // The rollout's messages carry its id, alias and both fleets as fields, so a log query can follow one rollout or one fleet.
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Rollout {RolloutId} on alias {AliasId} (fleet {OldFleetId} -> {NewFleetId}): {From} -> {To}")]
    public static partial void PhaseChanged(ILogger logger, string rolloutId, string aliasId, string? oldFleetId, string? newFleetId, RolloutPhase from, RolloutPhase to);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Rollout {RolloutId} on alias {AliasId} (fleet {OldFleetId} -> {NewFleetId}): activity {Activity} failed in {Phase}: {Error}")]
    public static partial void ActivityFailed(ILogger logger, string rolloutId, string aliasId, string? oldFleetId, string? newFleetId, RolloutPhase phase, string activity, string error);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "Rollout {RolloutId} on alias {AliasId} (fleet {OldFleetId} -> {NewFleetId}) continues as new in {Phase} (generation {Generation})")]
    public static partial void ContinuedAsNew(ILogger logger, string rolloutId, string aliasId, string? oldFleetId, string? newFleetId, RolloutPhase phase, int generation);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Rollout {RolloutId} could not release the lock on alias {AliasId}: {Error}")]
    public static partial void LockReleaseFailed(ILogger logger, string rolloutId, string aliasId, string error);

    private static readonly Func<ILogger, string, string?, string?, IDisposable?> TaskScope =
        LoggerMessage.DefineScope<string, string?, string?>("Rollout {RolloutId} alias {AliasId} fleet {FleetId}");

    /// <summary>The scope a rollout activity runs in: every message logged inside it (GSE retries, HTTP) carries these fields.</summary>
    public static IDisposable? RolloutTaskScope(ILogger logger, string rolloutId, string? aliasId, string? fleetId) => TaskScope(logger, rolloutId, aliasId, fleetId);

    [LoggerMessage(EventId = 3050, Level = LogLevel.Information, Message = "Schedule {ScheduleId} created")]
    public static partial void ScheduleCreated(ILogger logger, string scheduleId);

    [LoggerMessage(EventId = 3051, Level = LogLevel.Information, Message = "Schedule {ScheduleId} deleted (definition removed: {Removed})")]
    public static partial void ScheduleDeleted(ILogger logger, string scheduleId, bool removed);

    [LoggerMessage(EventId = 3052, Level = LogLevel.Warning, Message = "Schedule {ScheduleId}: the orchestration could not be scheduled, the definition was removed again")]
    public static partial void ScheduleCreateUndone(ILogger logger, string scheduleId, Exception exception);

    [LoggerMessage(EventId = 3053, Level = LogLevel.Information, Message = "Schedule {ScheduleId} occurrence {OccurrenceUtc:o}: {Outcome} rollout {RolloutId}")]
    public static partial void ScheduledRolloutStarted(ILogger logger, string scheduleId, DateTime occurrenceUtc, GseFunctions.Rollouts.Scheduling.ScheduleOccurrenceOutcome outcome, string rolloutId);

    [LoggerMessage(EventId = 3054, Level = LogLevel.Warning, Message = "Schedule {ScheduleId} skipped occurrence {OccurrenceUtc:o} and {Missed} earlier missed ones")]
    public static partial void OccurrenceSkipped(ILogger logger, string scheduleId, DateTime occurrenceUtc, int missed);

    [LoggerMessage(EventId = 3055, Level = LogLevel.Warning, Message = "Schedule {ScheduleId} could not start occurrence {OccurrenceUtc:o}: {Error}")]
    public static partial void ScheduledStartFailed(ILogger logger, string scheduleId, DateTime occurrenceUtc, string error);

    [LoggerMessage(EventId = 3056, Level = LogLevel.Information, Message = "Schedule {ScheduleId} ended")]
    public static partial void ScheduleEnded(ILogger logger, string scheduleId);

    [LoggerMessage(EventId = 3057, Level = LogLevel.Information, Message = "Schedule {ScheduleId}: the definition is gone; the schedule ends")]
    public static partial void ScheduleGone(ILogger logger, string scheduleId);
}
