using System.Text.Json;
using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Starting;
using GseFunctions.Rollouts.Storage;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GseFunctions.Rollouts.Scheduling;

/// <summary>
/// Creates, reads, lists and deletes rollout schedules: the definition in <see cref="IScheduleStore"/>, the timing in
/// one orchestration per schedule (<see cref="ScheduleIds.Orchestration"/>: <c>schedule.{scheduleId}</c>; schedules
/// created before that scheme keep <c>schedule-{scheduleId}</c>, which reads and deletes still find). Works with any
/// <see cref="DurableTaskClient"/>.
/// </summary>
/// <param name="store">The schedule definitions.</param>
/// <param name="time">The clock a one-shot's time and a cron's next occurrences are checked against.</param>
/// <param name="logger">The logger.</param>
/// <param name="options">The schedule rules (<see cref="ScheduleOptions.MinimumInterval"/>); null for the defaults.</param>
public sealed class ScheduleService(IScheduleStore store, TimeProvider time, ILogger<ScheduleService> logger, IOptions<ScheduleOptions>? options = null)
{
    /// <summary>
    /// Validates and stores the schedule, then schedules its orchestration. If the orchestration cannot be scheduled,
    /// the definition is removed again, so a failed create leaves nothing behind. An existing id answers the existing
    /// definition and changes nothing. When the workflow's instance id is held by an instance that is not this
    /// schedule's workflow, nothing is stored and that instance is left alone (<see cref="ScheduleCreateDisposition.IdTaken"/>).
    /// </summary>
    /// <param name="client">The Durable Task client.</param>
    /// <param name="request">The schedule.</param>
    /// <param name="cancellationToken">Cancels the storage and client calls.</param>
    /// <returns>What happened, and the definition.</returns>
    /// <exception cref="RolloutValidationException">The request is invalid (a cron faster than <see cref="ScheduleOptions.MinimumInterval"/> included); nothing was stored.</exception>
    public async Task<ScheduleCreateResult> CreateAsync(DurableTaskClient client, ScheduleRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        ScheduleRequestValidator.ThrowIfInvalid(request, now, options?.Value.MinimumInterval);

        // Whole milliseconds: the store keeps no finer, and the orchestration compares the two.
        var createdAt = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        var definition = new ScheduleDefinition(request with { TimeZone = string.IsNullOrWhiteSpace(request.TimeZone) ? "UTC" : request.TimeZone }, createdAt);
        var instanceId = ScheduleIds.Orchestration(request.ScheduleId);

        // Scheduling over an existing instance replaces it, history and all. The id scheme keeps schedules and rollouts
        // apart, but the task hub also holds whatever else was started in it: never overwrite what is not ours.
        var holder = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        if (holder is not null && !IsWorkflowOf(holder, request.ScheduleId))
        {
            return new ScheduleCreateResult(ScheduleCreateDisposition.IdTaken, definition, instanceId);
        }

        if (!await store.CreateAsync(definition, cancellationToken).ConfigureAwait(false))
        {
            var existing = await store.GetAsync(request.ScheduleId, cancellationToken).ConfigureAwait(false);
            return new ScheduleCreateResult(ScheduleCreateDisposition.Existing, existing ?? definition, instanceId);
        }

        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(
                RolloutTaskNames.Schedule,
                new ScheduleState { Request = definition.Request, CreatedAtUtc = createdAt.UtcDateTime },
                new StartOrchestrationOptions(instanceId),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            Log.ScheduleCreateUndone(logger, request.ScheduleId, e);
            await store.DeleteAsync(request.ScheduleId, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        Log.ScheduleCreated(logger, request.ScheduleId);
        return new ScheduleCreateResult(ScheduleCreateDisposition.Created, definition, instanceId);
    }

    /// <summary>The schedule with its orchestration's status, or null when there is no such schedule.</summary>
    /// <param name="client">The Durable Task client.</param>
    /// <param name="scheduleId">The schedule.</param>
    /// <param name="cancellationToken">Cancels the storage and client calls.</param>
    /// <returns>The schedule.</returns>
    public async Task<ScheduleView?> GetAsync(DurableTaskClient client, string scheduleId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrEmpty(scheduleId);
        var definition = await store.GetAsync(scheduleId, cancellationToken).ConfigureAwait(false);
        if (definition is null)
        {
            return null;
        }

        var instance = await FindWorkflowAsync(client, scheduleId, cancellationToken).ConfigureAwait(false);
        return new ScheduleView(definition, instance?.SerializedCustomStatus is null ? null : instance.ReadCustomStatusAs<ScheduleStatus>(), instance?.RuntimeStatus);
    }

    /// <summary>One page of schedule definitions, ordered by id.</summary>
    /// <param name="pageSize">At most this many (1 to 1000). Default 100.</param>
    /// <param name="continuationToken">The previous page's token; null for the first page.</param>
    /// <param name="cancellationToken">Cancels the storage call.</param>
    /// <returns>The page.</returns>
    public Task<SchedulePage> ListAsync(int pageSize = 100, string? continuationToken = null, CancellationToken cancellationToken = default) =>
        store.ListAsync(pageSize, continuationToken, cancellationToken);

    /// <summary>
    /// Deletes the definition and terminates the schedule's orchestration if it is still running. Idempotent: deleting
    /// a deleted (or unknown) schedule does nothing and answers false. Rollouts already started are not touched.
    /// </summary>
    /// <param name="client">The Durable Task client.</param>
    /// <param name="scheduleId">The schedule.</param>
    /// <param name="cancellationToken">Cancels the storage and client calls.</param>
    /// <returns>True when a definition was removed.</returns>
    public async Task<bool> DeleteAsync(DurableTaskClient client, string scheduleId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrEmpty(scheduleId);

        // The definition goes first: an occurrence starting concurrently reads it and ends instead of starting.
        var removed = await store.DeleteAsync(scheduleId, cancellationToken).ConfigureAwait(false);
        var instance = await FindWorkflowAsync(client, scheduleId, cancellationToken).ConfigureAwait(false);
        if (instance is { IsCompleted: false })
        {
            await client.TerminateInstanceAsync(instance.InstanceId, new TerminateInstanceOptions("Schedule deleted."), cancellationToken).ConfigureAwait(false);
        }

        Log.ScheduleDeleted(logger, scheduleId, removed);
        return removed;
    }

    /// <summary>
    /// The schedule's workflow: under <see cref="ScheduleIds.Orchestration"/>, else (a schedule created before that id
    /// scheme) under <see cref="ScheduleIds.LegacyOrchestration"/>, where an old occurrence's rollout may also sit, so
    /// only an instance that is this schedule's workflow counts. Null when there is none.
    /// </summary>
    private static async Task<OrchestrationMetadata?> FindWorkflowAsync(DurableTaskClient client, string scheduleId, CancellationToken cancellationToken)
    {
        var current = await client.GetInstanceAsync(ScheduleIds.Orchestration(scheduleId), getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        if (current is not null)
        {
            return IsWorkflowOf(current, scheduleId) ? current : null;
        }

        var legacy = await client.GetInstanceAsync(ScheduleIds.LegacyOrchestration(scheduleId), getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        return legacy is not null && IsWorkflowOf(legacy, scheduleId) ? legacy : null;
    }

    /// <summary>Whether <paramref name="instance"/> is a schedule workflow (by orchestrator name) of <paramref name="scheduleId"/> (by its input).</summary>
    private static bool IsWorkflowOf(OrchestrationMetadata instance, string scheduleId)
    {
        if (!string.Equals(instance.Name, RolloutTaskNames.Schedule, StringComparison.Ordinal) || instance.SerializedInput is null)
        {
            return false;
        }

        try
        {
            return string.Equals(instance.ReadInputAs<ScheduleState>()?.Request.ScheduleId, scheduleId, StringComparison.Ordinal);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
