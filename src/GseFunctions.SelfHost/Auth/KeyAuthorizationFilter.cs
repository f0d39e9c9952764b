using GseFunctions.Api.Problems;
using GseFunctions.Api.Routing;

namespace GseFunctions.SelfHost.Auth;

/// <summary>Refuses a request whose key does not open its route's level: 401 problem details, the key neither echoed nor logged.</summary>
internal sealed class KeyAuthorizationFilter(FunctionKeyVerifier verifier, ApiAuthLevel level, bool durableWebhook) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!verifier.IsAuthorized(context.HttpContext.Request, level, durableWebhook))
        {
            return new ApiProblemResult(Unauthorized());
        }

        return await next(context);
    }

    internal static ApiProblemException Unauthorized() =>
        new(StatusCodes.Status401Unauthorized, "Unauthorized", $"A valid key is required in the {FunctionKeyVerifier.HeaderName} header or the {FunctionKeyVerifier.QueryName} query parameter.", ApiProblemTypes.Unauthorized);
}
