using GseFunctions.Api.Routing;
using GseFunctions.SelfHost.Auth;

namespace GseFunctions.SelfHost.Endpoints;

/// <summary>Maps one entry of the route table: its methods (HEAD beside GET) and path under <c>/api</c>, its name, and its key check.</summary>
internal static class ApiRouteMapping
{
    public static RouteHandlerBuilder MapApiRoute(this IEndpointRouteBuilder endpoints, ApiRoute route, Delegate handler)
    {
        var verifier = endpoints.ServiceProvider.GetRequiredService<FunctionKeyVerifier>();
        var builder = endpoints.MapMethods(route.Path, route.Methods, handler)
            .WithName(route.Name)
            .WithMetadata(route)
            .AddEndpointFilter(new KeyAuthorizationFilter(verifier, route.Level, durableWebhook: false));
        return route.Level == ApiAuthLevel.Anonymous ? builder : builder.ProducesProblem(StatusCodes.Status401Unauthorized);
    }
}
