using GseFunctions.Api.Problems;
using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using Microsoft.AspNetCore.Http;

namespace GseFunctions.Api.Sessions;

/// <summary>
/// The session routes' own readings of GSE refusals, before the general mapping (<see cref="GseProblems"/>):
/// <c>LimitExceeded</c> on a create is the fleet's per-creator limit (429), and <c>FailedOperation</c> through an alias
/// is, when the alias is TERMINAL, its message (409).
/// </summary>
internal static class SessionProblems
{
    /// <summary>Seconds a creator over the fleet's per-creator limit should wait (GSE counts over minutes).</summary>
    public const int CreatorLimitRetryAfterSeconds = 60;

    public static ApiProblemException CreatorLimit(GseException exception) =>
        new(StatusCodes.Status429TooManyRequests, "Too Many Requests", $"The fleet's limit of new sessions per creator was reached ({GseProblems.SafeCode(exception)}); retry after Retry-After seconds.", ApiProblemTypes.Throttled)
        {
            RetryAfterSeconds = CreatorLimitRetryAfterSeconds,
            Extensions = GseProblems.Extensions(exception),
        };

    /// <summary>
    /// After GSE answered <c>FailedOperation</c> for a request through <paramref name="aliasId"/>: one DescribeAlias
    /// (on this error path only) tells a TERMINAL alias (409 with its message) from any other failure (the general mapping).
    /// </summary>
    public static async Task<ApiProblemException> FailedThroughAliasAsync(GseException exception, string aliasId, GseClient gse, CancellationToken cancellationToken)
    {
        Alias? alias;
        try
        {
            alias = (await gse.DescribeAliasAsync(new DescribeAliasRequest { AliasId = aliasId }, cancellationToken).ConfigureAwait(false)).Alias;
        }
        catch (GseException)
        {
            // The alias cannot be read now: answer what GSE said about the original call.
            return GseProblems.From(exception);
        }

        if (alias?.RoutingStrategy is not { Type: GseRoutingTypes.Terminal } routing)
        {
            return GseProblems.From(exception);
        }

        // The alias's own message is what its owner wrote for players; GSE's error text is not repeated.
        var message = string.IsNullOrEmpty(routing.Message) ? "The alias is TERMINAL: it routes to no fleet." : routing.Message;
        var extensions = GseProblems.Extensions(exception);
        extensions["aliasId"] = aliasId;
        extensions["terminalMessage"] = message;
        return new ApiProblemException(StatusCodes.Status409Conflict, "Alias is terminal", message, ApiProblemTypes.AliasTerminal)
        {
            Extensions = extensions,
        };
    }

    public static bool Is(GseException exception, string family) => GseErrorCodes.IsInFamily(exception.Code, family);
}
