using GseFunctions.Api.Json;
using GseFunctions.Api.Management;
using GseFunctions.Api.Rollouts;
using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Starting;
using GseFunctions.Rollouts.Storage;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace GseFunctions.SelfHost.DurableHttpApi;

/// <summary>
/// The Durable Functions HTTP API's commands on one instance (<c>/runtime/webhooks/durabletask/instances/{id}/...</c>),
/// with the Durable extension's status codes: 202 when accepted, 404 for an unknown instance, 410 when the instance
/// has already ended. Each checks the instance first, so a refused command changes nothing.
/// </summary>
internal static class DurableControlHandlers
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
        await RequireActiveAsync(client, instanceId, cancellationToken);
        var payload = await EventPayloadReader.ReadAsync(request, cancellationToken);
        await client.RaiseEventAsync(instanceId, eventName, payload, cancellationToken);
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
        var reason = await PrepareAsync(instanceId, request, client, cancellationToken);
        await client.TerminateInstanceAsync(instanceId, reason, cancellationToken);
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
        var reason = await PrepareAsync(instanceId, request, client, cancellationToken);
        await client.SuspendInstanceAsync(instanceId, reason, cancellationToken);
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
        var reason = await PrepareAsync(instanceId, request, client, cancellationToken);
        await client.ResumeInstanceAsync(instanceId, reason, cancellationToken);
        return TypedResults.StatusCode(StatusCodes.Status202Accepted);
    }

    /// <summary>
    /// <c>POST instances/{instanceId}/restart</c> (query <c>restartWithNewInstanceId</c>, default true as in the Durable
    /// extension): starts the orchestrator again with the instance's input and answers like a start — 202, <c>Location</c>
    /// and <c>Retry-After: 10</c>, the management payload of the started instance. 400 for an unknown instance (the
    /// Durable extension's answer); 409 for a restart under the same id of an instance that has not ended. Stricter than
    /// the extension where our workflows' rules need it: a rollout restarts only with a new id and only from its original
    /// request, through <see cref="RolloutStarter"/> (validation and the alias lock: 409 naming the rollout holding the
    /// alias), else 409; a schedule's workflow is never restarted here (409: use <c>/api/schedules</c>).
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="request">The HTTP request.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="starter">Starts a restarted rollout under the alias lock.</param>
    /// <param name="urls">The host's management URL builder.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The result.</returns>
    public static async Task<IResult> RestartAsync(string instanceId, HttpRequest request, DurableTaskClient client, RolloutStarter starter, IManagementUrls urls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(starter);
        ArgumentNullException.ThrowIfNull(urls);
        DurableQuery.InstanceId(instanceId);
        var errors = new FieldErrors();
        var newInstanceId = DurableQuery.Bool(request, "restartWithNewInstanceId", errors) ?? true;
        ApiValidation.ThrowIfAny(errors);

        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken)
            ?? throw DurableProblems.RestartUnknown(instanceId);
        if (IsSchedule(instance))
        {
            throw DurableProblems.ScheduleRestart(instanceId);
        }

        if (RolloutInstances.IsRollout(instance))
        {
            return await RestartRolloutAsync(instance, newInstanceId, request, client, starter, urls, cancellationToken);
        }

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
            cancellationToken);
        var payload = urls.Create(request, client, restarted);
        return DurableResults.Accepted(payload.StatusQueryGetUri, payload, DurableResults.CheckStatusRetryAfterSeconds);
    }

    /// <summary>
    /// <c>DELETE instances/{instanceId}</c>: purges the instance's history and state; 200 <c>{"instancesDeleted":1}</c>,
    /// 404 when nothing was purged. A rollout or schedule workflow that has not ended answers 409 (terminate it first):
    /// purging it would abandon its work. Purging an ended rollout also releases its alias lock at once (a terminated
    /// rollout still holds it), so the next start need not wait out <c>Rollouts:OrphanLockGrace</c> for an instance that
    /// no longer answers.
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="locks">The alias locks.</param>
    /// <param name="cancellationToken">Cancels the calls (not the lock release once the purge is done).</param>
    /// <returns>The result.</returns>
    public static async Task<IResult> PurgeAsync(string instanceId, DurableTaskClient client, IAliasLockStore locks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(locks);
        DurableQuery.InstanceId(instanceId);
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken)
            ?? throw DurableProblems.UnknownInstance(instanceId);
        var rollout = RolloutInstances.IsRollout(instance);
        if ((rollout || IsSchedule(instance)) && !DurableProblems.HasEnded(instance.RuntimeStatus))
        {
            throw DurableProblems.PurgeWhileActive(instanceId, instance.RuntimeStatus);
        }

        var aliasId = rollout ? RolloutInstances.State(instance)?.Request.AliasId : null;
        var result = await client.PurgeInstanceAsync(instanceId, cancellation: cancellationToken);
        if (result.PurgedInstanceCount == 0)
        {
            throw DurableProblems.UnknownInstance(instanceId);
        }

        if (!string.IsNullOrEmpty(aliasId))
        {
            // A no-op unless this rollout still holds the alias. The purge is done: finish the release even if the caller left.
            await locks.ReleaseAsync(aliasId, instanceId, CancellationToken.None);
        }

        return ApiResults.Ok(new PurgeHistoryPayload(result.PurgedInstanceCount));
    }

    private static async Task<string?> PrepareAsync(string instanceId, HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        DurableQuery.InstanceId(instanceId);
        var errors = new FieldErrors();
        var reason = DurableQuery.Reason(request, errors);
        ApiValidation.ThrowIfAny(errors);
        await RequireActiveAsync(client, instanceId, cancellationToken);
        return reason;
    }

    private static async Task RequireActiveAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken)
            ?? throw DurableProblems.UnknownInstance(instanceId);
        if (DurableProblems.HasEnded(instance.RuntimeStatus))
        {
            throw DurableProblems.Ended(instanceId, instance.RuntimeStatus);
        }
    }

    /// <summary>
    /// A rollout restarts from its original request only: the input of its first generation (phase Starting, no rollout id
    /// yet, or its own). A later generation's input is a mid-way state, and starting that again would resume half-done work.
    /// </summary>
    private static async Task<IResult> RestartRolloutAsync(
        OrchestrationMetadata instance, bool newInstanceId, HttpRequest request, DurableTaskClient client, RolloutStarter starter, IManagementUrls urls, CancellationToken cancellationToken)
    {
        if (!newInstanceId)
        {
            throw DurableProblems.RolloutRestartInPlace(instance.InstanceId);
        }

        var state = RolloutInstances.State(instance);
        if (state is null || state.Phase != RolloutPhase.Starting || !(state.RolloutId.Length == 0 || state.RolloutId == instance.InstanceId))
        {
            throw DurableProblems.RolloutRestartMidway(instance.InstanceId);
        }

        // A fresh id of the direct-rollout kind, given explicitly: an idempotency key in the request names the original
        // rollout, and the starter would answer with it instead of starting.
        var started = await starter.StartAsync(client, state.Request, "rollout-" + Guid.NewGuid().ToString("N"), cancellationToken);
        if (started.Disposition is not (RolloutStartDisposition.Started or RolloutStartDisposition.Existing))
        {
            throw RolloutProblems.InProgress(started.InstanceId, urls.Create(request, client, started.InstanceId).StatusQueryGetUri, started.Reason);
        }

        var payload = urls.Create(request, client, started.InstanceId);
        return DurableResults.Accepted(payload.StatusQueryGetUri, payload, DurableResults.CheckStatusRetryAfterSeconds);
    }

    private static bool IsSchedule(OrchestrationMetadata instance) =>
        string.Equals(instance.Name, RolloutTaskNames.Schedule, StringComparison.Ordinal);
}
