using GseFunctions.Gse;
using Microsoft.AspNetCore.Http;

namespace GseFunctions.Api.Problems;

/// <summary>
/// Maps GSE's refusals to HTTP: throttling → 429 with <c>Retry-After</c>; an unknown resource → 404; no free server
/// process → 503 with <c>Retry-After</c>; GSE unreachable or failing → 502/503/504; GSE refusing the service's own
/// credentials → 502 without GSE's message (it may name the key id); refused input → 400; state conflicts → 409.
/// </summary>
public static class GseProblems
{
    /// <summary>Seconds a throttled caller should wait.</summary>
    public const int ThrottledRetryAfterSeconds = 1;

    /// <summary>Seconds a caller refused for want of capacity should wait.</summary>
    public const int NoCapacityRetryAfterSeconds = 5;

    /// <summary>The problem for a GSE failure.</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>The problem.</returns>
    public static ApiProblemException From(GseException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var code = exception.Code;
        var message = exception.ServiceMessage;
        var extensions = Extensions(exception);
        ApiProblemException problem = code switch
        {
            _ when Is(code, GseErrorCodes.RequestLimitExceeded) => new(StatusCodes.Status429TooManyRequests, "Too Many Requests", $"GSE throttled the call: {message}", ApiProblemTypes.Throttled) { RetryAfterSeconds = ThrottledRetryAfterSeconds },
            _ when Is(code, GseErrorCodes.ResourceNotFound) => new(StatusCodes.Status404NotFound, "Not Found", message, ApiProblemTypes.NotFound),
            _ when Is(code, GseErrorCodes.ResourceInsufficient) => new(StatusCodes.Status503ServiceUnavailable, "No capacity", message, ApiProblemTypes.NoCapacity) { RetryAfterSeconds = NoCapacityRetryAfterSeconds },
            _ when Is(code, GseErrorCodes.ResourceUnavailable) || Is(code, GseErrorCodes.ServiceUnavailable) => new(StatusCodes.Status503ServiceUnavailable, "GSE unavailable", message, ApiProblemTypes.GseUnavailable) { RetryAfterSeconds = NoCapacityRetryAfterSeconds },
            _ when Is(code, "AuthFailure") || Is(code, "UnauthorizedOperation") => new(StatusCodes.Status502BadGateway, "Bad Gateway", "GSE refused this service's credentials; check the Gse settings.", ApiProblemTypes.GseRefused),
            _ when Is(code, GseErrorCodes.InvalidParameter) || Is(code, GseErrorCodes.InvalidParameterValue) || Is(code, GseErrorCodes.MissingParameter) || Is(code, GseErrorCodes.UnknownParameter) => new(StatusCodes.Status400BadRequest, "Bad Request", message, ApiProblemTypes.Validation),
            _ when Is(code, GseErrorCodes.LimitExceeded) || Is(code, GseErrorCodes.ResourceInUse) || Is(code, GseErrorCodes.OperationDenied) || Is(code, GseErrorCodes.FailedOperation) || Is(code, GseErrorCodes.UnsupportedOperation) => new(StatusCodes.Status409Conflict, "Conflict", message, ApiProblemTypes.Conflict),
            GseErrorCodes.ClientTimeout => new(StatusCodes.Status504GatewayTimeout, "Gateway Timeout", "GSE did not answer in time.", ApiProblemTypes.GseUnavailable),
            GseErrorCodes.ClientConnectFailed => new(StatusCodes.Status503ServiceUnavailable, "GSE unreachable", "GSE could not be reached.", ApiProblemTypes.GseUnavailable) { RetryAfterSeconds = NoCapacityRetryAfterSeconds },
            _ => new(StatusCodes.Status502BadGateway, "Bad Gateway", $"GSE failed the call ({code}).", ApiProblemTypes.GseUnavailable),
        };
        return new ApiProblemException(problem.Status, problem.Title, problem.Detail, problem.Type)
        {
            RetryAfterSeconds = problem.RetryAfterSeconds,
            Extensions = extensions,
        };
    }

    /// <summary>The members every GSE problem carries: <c>gseCode</c> and <c>gseRequestId</c>.</summary>
    internal static Dictionary<string, object?> Extensions(GseException exception) =>
        new(StringComparer.Ordinal) { ["gseCode"] = exception.Code, ["gseRequestId"] = exception.RequestId };

    /// <summary>Whether <paramref name="code"/> is <paramref name="family"/> or one of its sub-codes (<c>LimitExceeded.…</c>).</summary>
    internal static bool Is(string code, string family) =>
        code.Equals(family, StringComparison.Ordinal) || code.StartsWith(family + ".", StringComparison.Ordinal);
}
