using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using Microsoft.AspNetCore.Http;

namespace GseFunctions.Api.Problems;

/// <summary>
/// Maps GSE's refusals to HTTP: throttling → 429 with <c>Retry-After</c>; an unknown resource → 404; no free server
/// process → 503 with <c>Retry-After</c>; GSE failing transiently (InternalError, ServiceUnavailable, ResourceUnavailable,
/// a bare HTTP 5xx, a timeout, a broken or refused connection) → 503 with <c>Retry-After</c>; GSE refusing the service's
/// own credentials → 502; refused input → 400; state conflicts → 409; anything else → 502. Every detail is our own fixed
/// text naming GSE's error code: GSE's message is never repeated, since it can name internal hosts, key ids or the
/// caller's input. The code and request id also go in <c>gseCode</c> and <c>gseRequestId</c>.
/// </summary>
public static class GseProblems
{
    /// <summary>Seconds a throttled caller should wait.</summary>
    public const int ThrottledRetryAfterSeconds = 1;

    /// <summary>Seconds a caller refused for want of capacity should wait.</summary>
    public const int NoCapacityRetryAfterSeconds = 5;

    /// <summary>Seconds a caller should wait after GSE failed transiently (the GSE client has already retried what it safely could).</summary>
    public const int UnavailableRetryAfterSeconds = 5;

    /// <summary>The problem for a GSE failure.</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>The problem.</returns>
    public static ApiProblemException From(GseException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var raw = exception.Code;
        var code = SafeCode(exception);
        ApiProblemException problem = raw switch
        {
            _ when GseErrorCodes.IsInFamily(raw, GseErrorCodes.RequestLimitExceeded) => new(StatusCodes.Status429TooManyRequests, "Too Many Requests", $"GSE throttled the call ({code}); retry after Retry-After seconds.", ApiProblemTypes.Throttled) { RetryAfterSeconds = ThrottledRetryAfterSeconds },
            _ when GseErrorCodes.IsInFamily(raw, GseErrorCodes.ResourceNotFound) => new(StatusCodes.Status404NotFound, "Not Found", $"GSE has no such resource ({code}).", ApiProblemTypes.NotFound),
            _ when GseErrorCodes.IsInFamily(raw, GseErrorCodes.ResourceInsufficient) => new(StatusCodes.Status503ServiceUnavailable, "No capacity", $"GSE has no free server process for it now ({code}); retry after Retry-After seconds.", ApiProblemTypes.NoCapacity) { RetryAfterSeconds = NoCapacityRetryAfterSeconds },
            _ when IsUnavailable(raw) => Unavailable(raw, code),
            _ when GseErrorCodes.IsInFamily(raw, GseErrorCodes.AuthFailure) || GseErrorCodes.IsInFamily(raw, GseErrorCodes.UnauthorizedOperation)
                => new(StatusCodes.Status502BadGateway, "Bad Gateway", $"GSE refused this service's credentials ({code}); check the Gse settings.", ApiProblemTypes.GseRefused),
            _ when GseErrorCodes.IsInFamily(raw, GseErrorCodes.InvalidParameter) || GseErrorCodes.IsInFamily(raw, GseErrorCodes.InvalidParameterValue)
                || GseErrorCodes.IsInFamily(raw, GseErrorCodes.MissingParameter) || GseErrorCodes.IsInFamily(raw, GseErrorCodes.UnknownParameter)
                => new(StatusCodes.Status400BadRequest, "Bad Request", $"GSE refused a parameter of the request ({code}).", ApiProblemTypes.Validation),
            _ when GseErrorCodes.IsInFamily(raw, GseErrorCodes.LimitExceeded) || GseErrorCodes.IsInFamily(raw, GseErrorCodes.ResourceInUse) || GseErrorCodes.IsInFamily(raw, GseErrorCodes.OperationDenied)
                || GseErrorCodes.IsInFamily(raw, GseErrorCodes.FailedOperation) || GseErrorCodes.IsInFamily(raw, GseErrorCodes.UnsupportedOperation)
                => new(StatusCodes.Status409Conflict, "Conflict", $"GSE refused the operation in the resource's current state ({code}).", ApiProblemTypes.Conflict),
            _ => new(StatusCodes.Status502BadGateway, "Bad Gateway", $"GSE failed the call ({code}).", ApiProblemTypes.GseUnavailable),
        };
        return new ApiProblemException(problem.Status, problem.Title, problem.Detail, problem.Type)
        {
            RetryAfterSeconds = problem.RetryAfterSeconds,
            Extensions = Extensions(exception),
        };
    }

    /// <summary>The members every GSE problem carries: <c>gseCode</c> and <c>gseRequestId</c> (null when not shaped like one).</summary>
    internal static Dictionary<string, object?> Extensions(GseException exception) =>
        new(StringComparer.Ordinal)
        {
            ["gseCode"] = GseInput.IsId(exception.Code) ? exception.Code : null,
            ["gseRequestId"] = GseInput.IsId(exception.RequestId) ? exception.RequestId : null,
        };

    /// <summary>GSE's error code for a detail text, or "unknown" when it is not shaped like one (it comes from upstream too).</summary>
    internal static string SafeCode(GseException exception) => GseInput.IsId(exception.Code) ? exception.Code : "unknown";

    // Failures that may pass on their own: GSE's internal errors and unavailability, and the client's own transport codes
    // (no answer in time, a broken or refused connection, a bare HTTP 5xx). RequestLimitExceeded is transient too but
    // answers 429 above.
    private static bool IsUnavailable(string code) =>
        GseErrorCodes.IsInFamily(code, GseErrorCodes.InternalError) || GseErrorCodes.IsInFamily(code, GseErrorCodes.ServiceUnavailable)
        || GseErrorCodes.IsInFamily(code, GseErrorCodes.ResourceUnavailable)
        || code is GseErrorCodes.ClientTimeout or GseErrorCodes.ClientTransport or GseErrorCodes.ClientConnectFailed or GseErrorCodes.ClientServerError;

    private static ApiProblemException Unavailable(string raw, string code)
    {
        // A timeout, a broken connection or a bare 5xx leaves a change's outcome unknown: GSE may have applied it.
        var detail = GseErrorCodes.IsOutcomeUnknown(raw)
            ? $"GSE did not answer the call ({code}); retry after Retry-After seconds. A change may have been applied: check before repeating it."
            : $"GSE is unavailable or failed transiently ({code}); retry after Retry-After seconds.";
        var title = raw == GseErrorCodes.ClientConnectFailed ? "GSE unreachable" : "GSE unavailable";
        return new(StatusCodes.Status503ServiceUnavailable, title, detail, ApiProblemTypes.GseUnavailable) { RetryAfterSeconds = UnavailableRetryAfterSeconds };
    }
}
