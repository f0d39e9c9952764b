using GseFunctions.Api.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Durable;

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

    /// <summary>Whether <paramref name="status"/> is final (the Durable extension's "completed" statuses).</summary>
    public static bool HasEnded(OrchestrationRuntimeStatus status) => status is
#pragma warning disable CS0618 // Canceled is obsolete in the client, but the Durable extension still lists it among the ended statuses
        OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Canceled or OrchestrationRuntimeStatus.Terminated;
#pragma warning restore CS0618
}
