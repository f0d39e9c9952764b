using GseFunctions.Api.Json;
using GseFunctions.Api.Problems;
using GseFunctions.Rollouts.Starting;
using GseFunctions.Rollouts.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Aliases;

/// <summary>
/// Keeps PATCH and DELETE off an alias a rollout holds: the rollout switches the alias and, on abort or rollback, points
/// it back, which fails if the alias was edited or deleted under it. The alias lock (<see cref="IAliasLockStore"/>)
/// names the holder; a holder that has ended or that the task hub does not know no longer counts (its lock is only
/// released on the way out). <c>?force=true</c> skips the check.
/// </summary>
internal static class AliasRolloutGuard
{
    public const string ForceParameter = "force";

    /// <summary>Whether the request says <c>force=true</c>; absent or <c>false</c> is false, any other value a field error.</summary>
    public static bool Force(HttpRequest request, FieldErrors errors)
    {
        switch (ApiQuery.String(request, ForceParameter, errors))
        {
            case null or "false":
                return false;
            case "true":
                return true;
            default:
                errors.Add(ForceParameter, "Must be true or false (or left out).");
                return false;
        }
    }

    /// <summary>Throws a 409 naming the rollout when one that has not ended holds <paramref name="aliasId"/>.</summary>
    public static async Task ThrowIfHeldAsync(string aliasId, IAliasLockStore locks, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var held = await locks.GetAsync(aliasId, cancellationToken).ConfigureAwait(false);
        if (held is null)
        {
            return;
        }

        var holder = await client.GetInstanceAsync(held.RolloutId, getInputsAndOutputs: false, cancellationToken).ConfigureAwait(false);
        if (holder is null || holder.IsCompleted)
        {
            return;
        }

        throw new ApiProblemException(
            StatusCodes.Status409Conflict,
            "Rollout in progress",
            $"Rollout '{held.RolloutId}' holds this alias; nothing was changed. Wait for it to end, abort it, or repeat with ?force=true.",
            ApiProblemTypes.RolloutInProgress)
        {
            Extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["activeRolloutId"] = held.RolloutId },
        };
    }
}
