using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GseFunctions.Api.Dashboard;

/// <summary>
/// A dashboard file, or <c>304 Not Modified</c> when the request's <c>If-None-Match</c> names its entity tag (weak
/// comparison, RFC 9110 §13.1.2). Browsers revalidate every time (<c>no-cache</c>), so a new deployment is seen at once
/// and an unchanged file costs a 304 with no body.
/// </summary>
/// <param name="file">The file.</param>
internal sealed class DashboardFileResult(DashboardFile file) : IResult, IStatusCodeHttpResult
{
    /// <inheritdoc />
    public int? StatusCode => null; // 200 or 304, decided against the request

    public DashboardFile File { get; } = file;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        DashboardHeaders.Apply(response.Headers);
        response.Headers.ETag = File.ETag;
        response.Headers.CacheControl = "no-cache";
        if (NotModified(httpContext.Request))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = File.ContentType;
        response.ContentLength = File.Content.Length;
        await response.Body.WriteAsync(File.Content, httpContext.RequestAborted).ConfigureAwait(false);
    }

    private bool NotModified(HttpRequest request)
    {
        var tags = request.GetTypedHeaders().IfNoneMatch;
        if (tags is null || tags.Count == 0)
        {
            return false;
        }

        var mine = new EntityTagHeaderValue(File.ETag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(mine, useStrongComparison: false));
    }
}
