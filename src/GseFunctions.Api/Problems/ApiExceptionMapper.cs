using GseFunctions.Gse;
using GseFunctions.Rollouts.Starting;
using Microsoft.AspNetCore.Http;

namespace GseFunctions.Api.Problems;

/// <summary>
/// The one place where exceptions become problem details; both hosts' edges call it (the self-host's middleware, the
/// Functions app's worker middleware). Unknown exceptions map to null: the edge answers a bare 500 and logs them.
/// </summary>
public static class ApiExceptionMapper
{
    /// <summary>The problem for <paramref name="exception"/>, or null when it is unexpected.</summary>
    /// <param name="exception">The exception a handler threw.</param>
    /// <returns>The problem, or null.</returns>
    public static ApiProblemException? TryMap(Exception exception) => exception switch
    {
        ApiProblemException problem => problem,
        RolloutValidationException invalid => ApiProblemException.Validation(invalid.Errors.Count > 0
            ? invalid.Errors
            : new Dictionary<string, string[]>(StringComparer.Ordinal) { ["$"] = [invalid.Message] }),
        GseException gse => GseProblems.From(gse),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => ApiProblemException.PayloadTooLarge(Json.ApiJson.MaxBodyBytes),
        BadHttpRequestException bad => new ApiProblemException(bad.StatusCode, "Bad Request", "The request could not be read."),
        _ => null,
    };

    /// <summary>The 500 answer for an unexpected exception: no internals, only the trace id.</summary>
    /// <returns>The problem.</returns>
    public static ApiProblemException Unexpected() =>
        new(StatusCodes.Status500InternalServerError, "Internal Server Error", "An unexpected error occurred; it has been logged with the trace id.");
}
