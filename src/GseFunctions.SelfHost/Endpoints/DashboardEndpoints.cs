using GseFunctions.Api.Dashboard;
using GseFunctions.Api.Routing;
using GseFunctions.SelfHost.OpenApi;

namespace GseFunctions.SelfHost.Endpoints;

/// <summary>The release console (<c>/api/dashboard/</c>, no key: the page holds no data) and <c>GET /</c>, which leads to it.</summary>
internal static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboardEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiRoute(ApiRoutes.Dashboard, (HttpRequest request) => DashboardHandlers.Get(request))
            .WithTags(ApiTags.Dashboard).WithSummary("The release console: its HTML, CSS and JavaScript files")
            .WithDescription("A static page that calls this API from the browser with the key the user enters (kept in sessionStorage only). "
                + "ETag and 304, Cache-Control: no-cache, a strict Content-Security-Policy; an unknown file is 404. /api/dashboard redirects to /api/dashboard/.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        // Not part of the API: the self-host's root leads a person to the console.
        endpoints.MapMethods("/", ["GET", "HEAD"], () => TypedResults.Redirect(DashboardHandlers.BasePath + "/")).ExcludeFromDescription();
        return endpoints;
    }
}
