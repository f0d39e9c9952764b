using System.Globalization;
using GseFunctions.Api.Json;

namespace GseFunctions.SelfHost.DurableHttpApi;

/// <summary>Answers with the headers the Durable extension sends: 202 with <c>Location</c> and <c>Retry-After</c>, the paging token.</summary>
internal static class DurableResults
{
    /// <summary>Seconds a client should wait before polling a running instance again (the status API's <c>Retry-After</c>).</summary>
    public const int StatusRetryAfterSeconds = 5;

    /// <summary>Seconds in the <c>Retry-After</c> of a check-status answer (a start or restart), as the Durable extension.</summary>
    public const int CheckStatusRetryAfterSeconds = 10;

    /// <summary>202 with <paramref name="value"/> as JSON, <c>Location</c> and <c>Retry-After</c>.</summary>
    public static IResult Accepted<T>(string location, T value, int retryAfterSeconds) =>
        new AcceptedResult(location, retryAfterSeconds, ApiResults.Json(StatusCodes.Status202Accepted, value));

    /// <summary><paramref name="inner"/> with one more response header (written even when empty).</summary>
    public static IResult WithHeader(string name, string value, IResult inner) => new HeaderResult(name, value, inner);

    private sealed class HeaderResult(string name, string value, IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers[name] = value;
            return inner.ExecuteAsync(httpContext);
        }
    }

    private sealed class AcceptedResult(string location, int retryAfterSeconds, IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Location = location;
            httpContext.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }
}
