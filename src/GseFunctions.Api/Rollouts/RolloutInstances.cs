using System.Text.Json;
using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Orchestration;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Rollouts;

/// <summary>
/// Reads rollout orchestrations: which instances are rollouts (by orchestrator name, so schedule instances and anything
/// else in the task hub are not), and their input (<see cref="RolloutState"/>, the latest generation's after a
/// ContinueAsNew), custom status and output, through the client's own data converter.
/// </summary>
internal static class RolloutInstances
{
    public static bool IsRollout(OrchestrationMetadata instance) =>
        string.Equals(instance.Name, RolloutTaskNames.Rollout, StringComparison.Ordinal);

    /// <summary>The rollout, or null when there is no instance with that id or it is not a rollout.</summary>
    public static async Task<OrchestrationMetadata?> FindAsync(DurableTaskClient client, string rolloutId, bool getInputsAndOutputs, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(rolloutId, getInputsAndOutputs, cancellationToken).ConfigureAwait(false);
        return instance is not null && IsRollout(instance) ? instance : null;
    }

    public static RolloutState? State(OrchestrationMetadata instance) =>
        instance.SerializedInput is null ? null : Read(() => instance.ReadInputAs<RolloutState>());

    public static RolloutStatus? Status(OrchestrationMetadata instance)
    {
        var status = instance.SerializedCustomStatus is null ? null : Read(() => instance.ReadCustomStatusAs<RolloutStatus>());
        return status is null ? null : status with { PhaseStartedAt = UtcTime.Of(status.PhaseStartedAt) };
    }

    /// <summary>The output, once the orchestration completed (a failed or terminated one has none).</summary>
    public static RolloutResult? Result(OrchestrationMetadata instance) =>
        instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed && instance.SerializedOutput is not null
            ? Read(() => instance.ReadOutputAs<RolloutResult>())
            : null;

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
