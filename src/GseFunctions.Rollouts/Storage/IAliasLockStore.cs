namespace GseFunctions.Rollouts.Storage;

/// <summary>
/// One lock per alias, naming the rollout that may change it. Acquiring is atomic (insert, or a conditional replace
/// of a lock whose holder is finished), so of any number of concurrent starts exactly one wins.
/// </summary>
public interface IAliasLockStore
{
    /// <summary>
    /// Takes the alias for <paramref name="rolloutId"/>. Succeeds when the alias is free, already held by the same
    /// rollout, or held by a rollout <paramref name="isStale"/> says is over (then the lock is replaced, conditionally
    /// on its ETag). Answers the lock as it stands afterwards: held by <paramref name="rolloutId"/> on success (with
    /// <see cref="AliasLock.AlreadyHeld"/> set when it already was before the call), else by the other rollout.
    /// </summary>
    /// <param name="aliasId">The alias.</param>
    /// <param name="rolloutId">The rollout that wants it.</param>
    /// <param name="isStale">Says whether the current lock's holder no longer needs it.</param>
    /// <param name="cancellationToken">Cancels the storage calls.</param>
    /// <returns>The lock after the attempt.</returns>
    Task<AliasLock> AcquireAsync(string aliasId, string rolloutId, Func<AliasLock, CancellationToken, Task<bool>> isStale, CancellationToken cancellationToken = default);

    /// <summary>Releases the alias if <paramref name="rolloutId"/> holds it; otherwise does nothing.</summary>
    /// <param name="aliasId">The alias.</param>
    /// <param name="rolloutId">The holder.</param>
    /// <param name="cancellationToken">Cancels the storage calls.</param>
    /// <returns>True when a lock was removed.</returns>
    Task<bool> ReleaseAsync(string aliasId, string rolloutId, CancellationToken cancellationToken = default);

    /// <summary>The alias's lock, or null when it is free.</summary>
    /// <param name="aliasId">The alias.</param>
    /// <param name="cancellationToken">Cancels the storage call.</param>
    /// <returns>The lock.</returns>
    Task<AliasLock?> GetAsync(string aliasId, CancellationToken cancellationToken = default);
}
