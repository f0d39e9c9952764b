using GseFunctions.Api.Problems;
using GseFunctions.Api.Routing;
using Microsoft.AspNetCore.Http;

namespace GseFunctions.Api.Dashboard;

/// <summary>
/// The release console: a static page (HTML, CSS, JavaScript modules) that calls this API from the browser. It holds no
/// data and needs no key; the API calls it makes carry the key the user types in.
/// </summary>
public static class DashboardHandlers
{
    /// <summary>Where the console is served, without the trailing slash.</summary>
    public const string BasePath = "/" + ApiRoute.Prefix + "/dashboard";

    private const string IndexFile = "index.html";

    /// <summary>
    /// <c>GET /api/dashboard/{*path}</c> (anonymous): the embedded file at <c>path</c> (<c>index.html</c> for the folder
    /// itself) with its content type, a strong <c>ETag</c> (<c>304</c> for a matching <c>If-None-Match</c>),
    /// <c>Cache-Control: no-cache</c>, a strict <c>Content-Security-Policy</c> and <c>X-Content-Type-Options: nosniff</c>;
    /// <c>/api/dashboard</c> redirects to <c>/api/dashboard/</c> so the page's relative links resolve. A path that is not
    /// one of the embedded files (including any <c>..</c> or encoded separator) answers 404 problem details.
    /// The file is taken from the request's path, which both hosts route the same way.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns>The result.</returns>
    public static IResult Get(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Path.StartsWithSegments(BasePath, StringComparison.OrdinalIgnoreCase, out var rest))
        {
            return NotFound();
        }

        if (!rest.HasValue)
        {
            // Relative, so it also works behind a reverse proxy that adds a path prefix.
            return TypedResults.Redirect("dashboard/");
        }

        var path = rest.Value!.Length == 1 ? IndexFile : rest.Value[1..];
        return DashboardFiles.Find(path) is { } file ? new DashboardFileResult(file) : NotFound();
    }

    private static ApiProblemResult NotFound() =>
        new(new ApiProblemException(StatusCodes.Status404NotFound, "Not Found", "Nothing is served at this path.", ApiProblemTypes.NotFound));
}
