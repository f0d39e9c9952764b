using GseFunctions.Api.Dashboard;
using GseFunctions.Api.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace GseFunctions.Functions.Http;

/// <summary>The release console's files (anonymous; GET and HEAD): binding only, the work is in <see cref="DashboardHandlers"/>.</summary>
public static class DashboardFunctions
{
    /// <summary><c>GET /api/dashboard/{*path}</c> (no key): one embedded file of the console, chosen by the request's path.</summary>
    /// <param name="req">The request.</param>
    /// <returns>The file, a 304, a redirect to the folder, or a 404.</returns>
    [Function(ApiRouteNames.Dashboard)]
    public static IResult Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "dashboard/{*path}")] HttpRequest req) =>
        DashboardHandlers.Get(req);
}
