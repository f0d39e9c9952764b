using GseFunctions.Rollouts.Contracts;
using Microsoft.Extensions.Logging;

namespace GseFunctions.Rollouts;

/// <summary>Source-generated log messages of the rollout workflow (event ids 3000-3099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Rollout {RolloutId} on alias {AliasId}: {From} -> {To}")]
    public static partial void PhaseChanged(ILogger logger, string rolloutId, string aliasId, RolloutPhase from, RolloutPhase to);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Rollout {RolloutId}: activity {Activity} failed in {Phase}: {Error}")]
    public static partial void ActivityFailed(ILogger logger, string rolloutId, RolloutPhase phase, string activity, string error);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "Rollout {RolloutId} continues as new in {Phase} (generation {Generation})")]
    public static partial void ContinuedAsNew(ILogger logger, string rolloutId, RolloutPhase phase, int generation);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Rollout {RolloutId} could not release the lock on alias {AliasId}: {Error}")]
    public static partial void LockReleaseFailed(ILogger logger, string rolloutId, string aliasId, string error);
}
