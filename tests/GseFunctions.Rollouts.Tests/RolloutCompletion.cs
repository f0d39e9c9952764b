using GseFunctions.Rollouts.Contracts;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Rollouts.Tests;

/// <summary>Waits for a rollout orchestration to finish and checks that it ran to its end (whatever the rollout's outcome).</summary>
internal static class RolloutCompletion
{
    /// <summary>
    /// The rollout's result and metadata once the instance is Completed. A timeout throws <see cref="TimeoutException"/>
    /// with the last status and <paramref name="diagnostics"/>; any other runtime status fails the test.
    /// </summary>
    public static async Task<(RolloutResult Result, OrchestrationMetadata Metadata)> WaitAsync(
        DurableTaskClient client, string id, TimeSpan timeout, Func<string>? diagnostics = null)
    {
        using var cts = new CancellationTokenSource(timeout);
        OrchestrationMetadata metadata;
        try
        {
            metadata = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cts.Token);
        }
        catch (OperationCanceledException)
        {
            var last = await client.GetInstanceAsync(id, getInputsAndOutputs: true);
            var more = diagnostics is null ? "" : Environment.NewLine + diagnostics();
            throw new TimeoutException($"{id} did not finish within {timeout}: {last?.RuntimeStatus}, status {last?.SerializedCustomStatus}{more}");
        }

        Assert.True(metadata.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{id} ended {metadata.RuntimeStatus}: {metadata.FailureDetails?.ErrorMessage}");
        return (metadata.ReadOutputAs<RolloutResult>()!, metadata);
    }
}
