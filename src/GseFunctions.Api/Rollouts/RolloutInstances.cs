using System.Text.Json;
using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Orchestration;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Rollouts;

/// <summary>
/// Reads rollout orchestrations: which instances are rollouts (by orchestrator name, so schedule instances and anything
/// else in the task hub are not), and their input (<see cref="RolloutState"/>, the latest generation's after a
/// ContinueAsNew), custom status and output, through the client's own data converter. Public for the self-host's
/// Durable HTTP API, which guards rollouts by the same reading.
/// </summary>
public static class RolloutInstances
{
    /// <summary>Whether <paramref name="instance"/> is a rollout orchestration.</summary>
    /// <param name="instance">The instance.</param>
    /// <returns>True for a rollout.</returns>
    public static bool IsRollout(OrchestrationMetadata instance) =>
        string.Equals(instance.Name, RolloutTaskNames.Rollout, StringComparison.Ordinal);

    /// <summary>The rollout, or null when there is no instance with that id or it is not a rollout.</summary>
    public static async Task<OrchestrationMetadata?> FindAsync(DurableTaskClient client, string rolloutId, bool getInputsAndOutputs, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(rolloutId, getInputsAndOutputs, cancellationToken).ConfigureAwait(false);
        return instance is not null && IsRollout(instance) ? instance : null;
    }

    /// <summary>The rollout's input (its latest generation's state), or null when it has none or it does not read as one.</summary>
    /// <param name="instance">The instance, read with inputs.</param>
    /// <returns>The state, or null.</returns>
    public static RolloutState? State(OrchestrationMetadata instance) =>
        instance.SerializedInput is null ? null : Read(() => instance.ReadInputAs<RolloutState>());

    /// <summary>The rollout's custom status (its phase start time as UTC), or null when it has none or it does not read as one.</summary>
    /// <param name="instance">The instance, read with outputs.</param>
    /// <returns>The status, or null.</returns>
    public static RolloutStatus? Status(OrchestrationMetadata instance)
    {
        var status = instance.SerializedCustomStatus is null ? null : Read(() => instance.ReadCustomStatusAs<RolloutStatus>());
        return status is null ? null : status with { PhaseStartedAt = UtcTime.Of(status.PhaseStartedAt) };
    }

    /// <summary>The output, once the orchestration completed (a failed or terminated one has none).</summary>
    /// <param name="instance">The instance, read with outputs.</param>
    /// <returns>The result, or null.</returns>
    public static RolloutResult? Result(OrchestrationMetadata instance) =>
        instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed && instance.SerializedOutput is not null
            ? Read(() => instance.ReadOutputAs<RolloutResult>())
            : null;

    /// <summary>The rollout as <c>GET /api/rollouts</c> lists it.</summary>
    /// <param name="instance">The instance, read with inputs and outputs.</param>
    /// <param name="state">Its input, as <see cref="State"/> read it.</param>
    /// <returns>The list item.</returns>
    public static RolloutListItem ToListItem(OrchestrationMetadata instance, RolloutState? state)
    {
        var status = Status(instance);
        return new RolloutListItem(
            instance.InstanceId,
            state?.Request.AliasId ?? status?.AliasId,
            instance.RuntimeStatus,
            status?.Phase ?? state?.Phase,
            Result(instance)?.Outcome,
            instance.CreatedAt.UtcDateTime,
            instance.LastUpdatedAt.UtcDateTime);
    }

    /// <summary>The rollout as <c>GET /api/rollouts/{id}</c> shows it.</summary>
    /// <param name="instance">The instance, read with inputs and outputs.</param>
    /// <returns>The details.</returns>
    public static RolloutDetails ToDetails(OrchestrationMetadata instance) =>
        new(
            instance.InstanceId,
            instance.RuntimeStatus,
            State(instance)?.Request,
            Status(instance),
            Result(instance),
            instance.RuntimeStatus == OrchestrationRuntimeStatus.Failed ? instance.FailureDetails?.ErrorMessage ?? "The rollout failed." : null,
            instance.CreatedAt.UtcDateTime,
            instance.LastUpdatedAt.UtcDateTime);

    // The orchestration's data is ours, but a payload written by an older version may not read as today's records:
    // such an instance is still listed, with what could be read.
    private static T? Read<T>(Func<T?> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
