using GseFunctions.Api.Problems;
using Microsoft.DurableTask.Client;

namespace GseFunctions.SelfHost.DurableHttpApi;

/// <summary>The refusals of the Durable HTTP API, with the status codes the Durable extension answers.</summary>
internal static class DurableProblems
{
    /// <summary>Problem type of a 410: the instance has already ended.</summary>
    public const string InstanceEndedType = "https://github.com/gsefunctions/gsefunctions/blob/main/docs/http-api.md#instance-ended";

    /// <summary>404: no instance with this id.</summary>
    public static ApiProblemException UnknownInstance(string instanceId) =>
        ApiProblemException.NotFound($"No orchestration instance '{instanceId}' exists in this task hub.");

    /// <summary>410: the instance has ended (Completed, Failed, Canceled or Terminated), so it takes no more events or commands.</summary>
    public static ApiProblemException Ended(string instanceId, OrchestrationRuntimeStatus status) =>
        new(StatusCodes.Status410Gone, "Gone", $"Orchestration instance '{instanceId}' has already ended ({status}); nothing was changed.", InstanceEndedType)
        {
            Extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["runtimeStatus"] = status.ToString() },
        };

    /// <summary>400 for a restart of an unknown instance (the Durable extension answers 400 there, not 404).</summary>
    public static ApiProblemException RestartUnknown(string instanceId) =>
        new(StatusCodes.Status400BadRequest, "Bad Request", $"No orchestration instance '{instanceId}' exists in this task hub; only an existing instance can be restarted.", ApiProblemTypes.NotFound);

    /// <summary>409 for a restart under the same id of an instance that has not ended.</summary>
    public static ApiProblemException RestartInPlaceWhileActive(string instanceId, OrchestrationRuntimeStatus status) =>
        new(StatusCodes.Status409Conflict, "Conflict", $"Orchestration instance '{instanceId}' is {status}; restarting it under the same id needs it to have ended (or use restartWithNewInstanceId=true).", ApiProblemTypes.Conflict)
        {
            Extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["runtimeStatus"] = status.ToString() },
        };

    /// <summary>409 for a restart of a rollout under its own id: that would replace its history and skip the alias lock.</summary>
    public static ApiProblemException RolloutRestartInPlace(string instanceId) =>
        new(StatusCodes.Status409Conflict, "Conflict", $"Rollout '{instanceId}' cannot be restarted under the same id: that would replace its history without taking the alias lock. Restart it with restartWithNewInstanceId=true, or start a new rollout (POST /api/rollouts).", ApiProblemTypes.Conflict);

    /// <summary>409 for a restart of a rollout whose input is not its original request (a later generation's state after ContinueAsNew, or no rollout state at all).</summary>
    public static ApiProblemException RolloutRestartMidway(string instanceId) =>
        new(StatusCodes.Status409Conflict, "Conflict", $"Rollout '{instanceId}' cannot be restarted: its input is no longer its original request (a later generation's mid-way state, or not a rollout state), and starting that again would resume half-done work; nothing was started. Start a new rollout instead (POST /api/rollouts).", ApiProblemTypes.Conflict);

    /// <summary>409 for a restart of a schedule's workflow: schedules are created and deleted through their own routes.</summary>
    public static ApiProblemException ScheduleRestart(string instanceId) =>
        new(StatusCodes.Status409Conflict, "Conflict", $"Orchestration instance '{instanceId}' is a schedule's workflow and is not restarted here; nothing was started. Use /api/schedules to create (or delete and re-create) the schedule.", ApiProblemTypes.Conflict);

    /// <summary>409 for a purge of a rollout or schedule workflow that has not ended: its work (or the alias it holds) would be left half-done.</summary>
    public static ApiProblemException PurgeWhileActive(string instanceId, OrchestrationRuntimeStatus status) =>
        new(StatusCodes.Status409Conflict, "Conflict", $"Orchestration instance '{instanceId}' is {status}; a rollout or schedule is purged only once it has ended. Terminate it first (or abort the rollout); nothing was purged.", ApiProblemTypes.Conflict)
        {
            Extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["runtimeStatus"] = status.ToString() },
        };

    /// <summary>Whether <paramref name="status"/> is final (the Durable extension's "completed" statuses).</summary>
    public static bool HasEnded(OrchestrationRuntimeStatus status) => status is
#pragma warning disable CS0618 // Canceled is obsolete in the client, but the Durable extension still lists it among the ended statuses
        OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Canceled or OrchestrationRuntimeStatus.Terminated;
#pragma warning restore CS0618
}
