using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Rollouts;

/// <summary>
/// Where the timeline reads a rollout's current execution (its generation since the last ContinueAsNew): the input it
/// started with and the activities it completed. Each host gives the reader its backend serves: the Functions app
/// <see cref="ClientRolloutTimelineHistory"/> (the Durable client's history, which the Functions host streams), the
/// self-host a reader over its Azure Storage history table.
/// </summary>
public interface IRolloutTimelineHistory
{
    /// <summary>The current execution, or null when the instance has no history.</summary>
    /// <param name="client">The Durable client of the request.</param>
    /// <param name="instanceId">The instance.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The execution, or null.</returns>
    /// <exception cref="NotSupportedException">The backend cannot serve history.</exception>
    Task<RolloutExecutionHistory?> ReadAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken);
}

/// <summary>One execution (generation) of an orchestration, as the timeline needs it.</summary>
/// <param name="Input">The serialized input the execution started with, or null.</param>
/// <param name="CompletedTasks">The activities it completed, in history order.</param>
public sealed record RolloutExecutionHistory(string? Input, IReadOnlyList<CompletedTask> CompletedTasks);

/// <summary>An activity the orchestration completed.</summary>
/// <param name="Name">The activity name.</param>
/// <param name="CompletedAt">When its completion was recorded (UTC).</param>
/// <param name="Result">Its serialized result, or null.</param>
public sealed record CompletedTask(string Name, DateTime CompletedAt, string? Result);
