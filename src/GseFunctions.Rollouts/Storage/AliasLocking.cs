using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace GseFunctions.Rollouts.Storage;

/// <summary>
/// The one rule for taking an alias's lock, applied by the starter and by the rollout's own first step (which also runs
/// when a host restarts an instance or a client schedules the orchestrator directly): the lock goes to the rollout unless
/// one that has not ended holds it. A holder that has ended is taken over at once; one whose instance never appeared is
/// taken over after <see cref="RolloutStorageOptions.OrphanLockGrace"/>.
/// </summary>
/// <param name="locks">The lock store.</param>
/// <param name="options">Where the orphan grace comes from.</param>
/// <param name="time">The clock.</param>
public sealed class AliasLocking(IAliasLockStore locks, IOptions<RolloutStorageOptions> options, TimeProvider time)
{
    /// <summary>Takes the alias's lock for <paramref name="rolloutId"/> unless a rollout that has not ended holds it.</summary>
    /// <param name="client">The Durable Task client (to ask whether the holder has ended).</param>
    /// <param name="aliasId">The alias.</param>
    /// <param name="rolloutId">The rollout that wants it.</param>
    /// <param name="cancellationToken">Cancels the storage and client calls.</param>
    /// <returns>The lock afterwards: held by <paramref name="rolloutId"/> on success, else by the rollout in the way.</returns>
    public Task<AliasLock> HoldAsync(DurableTaskClient client, string aliasId, string rolloutId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return locks.AcquireAsync(aliasId, rolloutId, (l, ct) => IsOverAsync(client, l, ct), cancellationToken);
    }

    /// <summary>
    /// The rollout that holds <paramref name="aliasId"/> and has not ended, or null when the alias is free by the same rule
    /// (no lock, or a lock whose holder has ended or never appeared within the orphan grace).
    /// </summary>
    /// <param name="client">The Durable Task client (to ask whether the holder has ended).</param>
    /// <param name="aliasId">The alias.</param>
    /// <param name="cancellationToken">Cancels the storage and client calls.</param>
    /// <returns>The holder's rollout id, or null.</returns>
    public async Task<string?> ActiveHolderAsync(DurableTaskClient client, string aliasId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var held = await locks.GetAsync(aliasId, cancellationToken).ConfigureAwait(false);
        return held is null || await IsOverAsync(client, held, cancellationToken).ConfigureAwait(false) ? null : held.RolloutId;
    }

    private async Task<bool> IsOverAsync(DurableTaskClient client, AliasLock held, CancellationToken cancellationToken)
    {
        var holder = await client.GetInstanceAsync(held.RolloutId, cancellationToken).ConfigureAwait(false);
        if (holder is null)
        {
            // A start that took the lock but has not created its instance yet, or died in between.
            return time.GetUtcNow() - held.AcquiredAt > options.Value.OrphanLockGrace;
        }

        return holder.IsCompleted;
    }
}
