using GseFunctions.Api.Json;
using GseFunctions.Api.Problems;
using GseFunctions.Rollouts.Starting;
using GseFunctions.Rollouts.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Aliases;

/// <summary>
/// Keeps PATCH and DELETE off an alias a rollout holds: the rollout switches the alias and, on abort or rollback, points
/// it back, which fails if the alias was edited or deleted under it. Whether a rollout holds the alias is decided by the
/// lock rule the starter applies (<see cref="AliasLocking"/>): a holder that has ended no longer counts, nor one whose
/// instance never appeared within the orphan grace. <c>?force=true</c> skips the check.
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
    public static async Task ThrowIfHeldAsync(string aliasId, AliasLocking locking, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (await locking.ActiveHolderAsync(client, aliasId, cancellationToken).ConfigureAwait(false) is not { } holder)
        {
            return;
        }

        throw new ApiProblemException(
            StatusCodes.Status409Conflict,
            "Rollout in progress",
            $"Rollout '{holder}' holds this alias; nothing was changed. Wait for it to end, abort it, or repeat with ?force=true.",
            ApiProblemTypes.RolloutInProgress)
        {
            Extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["activeRolloutId"] = holder },
        };
    }
}
