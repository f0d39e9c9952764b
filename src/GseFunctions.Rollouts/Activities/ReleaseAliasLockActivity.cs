using GseFunctions.Rollouts.Storage;
using Microsoft.DurableTask;

namespace GseFunctions.Rollouts.Activities;

/// <summary>Input of <see cref="ReleaseAliasLockActivity"/>.</summary>
/// <param name="AliasId">The alias.</param>
/// <param name="RolloutId">The rollout that holds it.</param>
public sealed record ReleaseAliasLockInput(string AliasId, string RolloutId);

/// <summary>Frees the alias for the next rollout. Idempotent: a lock held by another rollout, or none, is left alone.</summary>
public sealed class ReleaseAliasLockActivity(IAliasLockStore locks) : TaskActivity<ReleaseAliasLockInput, bool>
{
    /// <inheritdoc/>
    public override Task<bool> RunAsync(TaskActivityContext context, ReleaseAliasLockInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return locks.ReleaseAsync(input.AliasId, input.RolloutId);
    }
}
