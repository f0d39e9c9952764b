using GseFunctions.Api.Json;
using GseFunctions.Api.Management;
using GseFunctions.Rollouts.Starting;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Durable;

/// <summary>
/// The Durable Functions HTTP API's commands on one instance (<c>/runtime/webhooks/durabletask/instances/{id}/...</c>),
/// with the Durable extension's status codes: 202 when accepted, 404 for an unknown instance, 410 when the instance
/// has already ended. Each checks the instance first, so a refused command changes nothing.
/// </summary>
public static class DurableControlHandlers
{
    /// <summary><c>POST instances/{instanceId}/raiseEvent/{eventName}</c>: the JSON body is the event's payload (empty: none).</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="eventName">The event name.</param>
    /// <param name="request">The HTTP request.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The result.</returns>
    public static async Task<IResult> RaiseEventAsync(string instanceId, string eventName, HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        DurableQuery.InstanceId(instanceId);
        DurableQuery.EventName(eventName);
        await RequireActiveAsync(client, instanceId, cancellationToken).ConfigureAwait(false);
        var payload = await EventPayloadReader.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        await client.RaiseEventAsync(instanceId, eventName, payload, cancellationToken).ConfigureAwait(false);
        return TypedResults.StatusCode(StatusCodes.Status202Accepted);
    }

    /// <summary><c>POST instances/{instanceId}/terminate?reason=</c>: the reason becomes the instance's output.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="request">The HTTP request.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The result.</returns>
    public static async Task<IResult> TerminateAsync(string instanceId, HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var reason = await PrepareAsync(instanceId, request, client, cancellationToken).ConfigureAwait(false);
        await client.TerminateInstanceAsync(instanceId, reason, cancellationToken).ConfigureAwait(false);
        return TypedResults.StatusCode(StatusCodes.Status202Accepted);
    }

    /// <summary><c>POST instances/{instanceId}/suspend?reason=</c>.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="request">The HTTP request.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The result.</returns>
    public static async Task<IResult> SuspendAsync(string instanceId, HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var reason = await PrepareAsync(instanceId, request, client, cancellationToken).ConfigureAwait(false);
        await client.SuspendInstanceAsync(instanceId, reason, cancellationToken).ConfigureAwait(false);
        return TypedResults.StatusCode(StatusCodes.Status202Accepted);
    }

    /// <summary><c>POST instances/{instanceId}/resume?reason=</c>.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="request">The HTTP request.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The result.</returns>
    public static async Task<IResult> ResumeAsync(string instanceId, HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var reason = await PrepareAsync(instanceId, request, client, cancellationToken).ConfigureAwait(false);
        await client.ResumeInstanceAsync(instanceId, reason, cancellationToken).ConfigureAwait(false);
        return TypedResults.StatusCode(StatusCodes.Status202Accepted);
    }

    /// <summary>
    /// <c>POST instances/{instanceId}/restart</c> (query <c>restartWithNewInstanceId</c>, default true as in the Durable
    /// extension): starts the orchestrator again with the instance's input and answers like a start — 202, <c>Location</c>
    /// and <c>Retry-After: 10</c>, the management payload of the started instance. 400 for an unknown instance (the
    /// Durable extension's answer); 409 for a restart under the same id of an instance that has not ended.
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="request">The HTTP request.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="urls">The host's management URL builder.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The result.</returns>
    public static async Task<IResult> RestartAsync(string instanceId, HttpRequest request, DurableTaskClient client, IManagementUrls urls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(urls);
        DurableQuery.InstanceId(instanceId);
        var errors = new FieldErrors();
        var newInstanceId = DurableQuery.Bool(request, "restartWithNewInstanceId", errors) ?? true;
        ApiValidation.ThrowIfAny(errors);

        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false)
            ?? throw DurableProblems.RestartUnknown(instanceId);
        if (!newInstanceId && !DurableProblems.HasEnded(instance.RuntimeStatus))
        {
            throw DurableProblems.RestartInPlaceWhileActive(instanceId, instance.RuntimeStatus);
        }

        // As the Durable extension restarts (read the instance, start its orchestrator again with the same input), rather
        // than through DurableTaskClient.RestartAsync: the in-process sidecar's restart stores the new instance without
        // tags, and its status reads then fail until the instance first runs.
        var restarted = await client.ScheduleNewOrchestrationInstanceAsync(
            instance.Name,
            SerializedPayloads.Parse(instance.SerializedInput),
            new StartOrchestrationOptions(newInstanceId ? Guid.NewGuid().ToString("N") : instanceId),
            cancellationToken).ConfigureAwait(false);
        var payload = urls.Create(request, client, restarted);
        return DurableResults.Accepted(payload.StatusQueryGetUri, payload, DurableResults.CheckStatusRetryAfterSeconds);
    }

    /// <summary><c>DELETE instances/{instanceId}</c>: purges the instance's history and state; 200 <c>{"instancesDeleted":1}</c>, 404 when nothing was purged.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static async Task<IResult> PurgeAsync(string instanceId, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        DurableQuery.InstanceId(instanceId);
        var result = await client.PurgeInstanceAsync(instanceId, cancellation: cancellationToken).ConfigureAwait(false);
        return result.PurgedInstanceCount > 0
            ? ApiResults.Ok(new PurgeHistoryPayload(result.PurgedInstanceCount))
            : throw DurableProblems.UnknownInstance(instanceId);
    }

    private static async Task<string?> PrepareAsync(string instanceId, HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        DurableQuery.InstanceId(instanceId);
        var errors = new FieldErrors();
        var reason = DurableQuery.Reason(request, errors);
        ApiValidation.ThrowIfAny(errors);
        await RequireActiveAsync(client, instanceId, cancellationToken).ConfigureAwait(false);
        return reason;
    }

    private static async Task RequireActiveAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken).ConfigureAwait(false)
            ?? throw DurableProblems.UnknownInstance(instanceId);
        if (DurableProblems.HasEnded(instance.RuntimeStatus))
        {
            throw DurableProblems.Ended(instanceId, instance.RuntimeStatus);
        }
    }
}
