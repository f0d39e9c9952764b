using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace GseFunctions.Api.Rollouts;

/// <summary>Adds <c>Retry-After</c> to a result: how long a poller of the status URI should wait, as Durable Functions' 202 says.</summary>
/// <param name="inner">The result.</param>
/// <param name="seconds">The delay in seconds.</param>
internal sealed class RetryAfterResult(IResult inner, int seconds) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return inner.ExecuteAsync(httpContext);
    }
}
