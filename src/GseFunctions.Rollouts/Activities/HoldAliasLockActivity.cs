using GseFunctions.Rollouts.Storage;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace GseFunctions.Rollouts.Activities;

/// <summary>Input of <see cref="HoldAliasLockActivity"/>.</summary>
/// <param name="AliasId">The alias.</param>
/// <param name="RolloutId">The rollout that wants it.</param>
public sealed record HoldAliasLockInput(string AliasId, string RolloutId);

/// <summary>Who holds the alias after <see cref="HoldAliasLockActivity"/> ran.</summary>
/// <param name="Held">True when the rollout holds the alias.</param>
/// <param name="HolderId">The rollout that holds it.</param>
public sealed record AliasLockHold(bool Held, string HolderId);

/// <summary>
/// The rollout's first step: confirms it holds its alias's lock, or takes it if the alias is free (or held by a rollout
/// that has ended), by the rule the starter applies (<see cref="AliasLocking"/>). This is what keeps one rollout per alias when an
/// instance is started without the starter: a Durable management API <c>restart</c> (in Azure the Functions host serves
/// it), or a client scheduling the orchestrator directly. Writes to the lock table only; no GSE call.
/// </summary>
public sealed class HoldAliasLockActivity(IAliasLockStore locks, IOptions<RolloutStorageOptions> options, TimeProvider time, DurableTaskClient client)
    : TaskActivity<HoldAliasLockInput, AliasLockHold>
{
    private readonly AliasLocking _locking = new(locks, options, time);

    /// <inheritdoc/>
    public override async Task<AliasLockHold> RunAsync(TaskActivityContext context, HoldAliasLockInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var held = await _locking.HoldAsync(client, input.AliasId, input.RolloutId).ConfigureAwait(false);
        return new AliasLockHold(held.RolloutId == input.RolloutId, held.RolloutId);
    }
}
