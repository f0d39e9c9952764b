namespace GseFunctions.SelfHost.OpenApi;

/// <summary>OpenAPI metadata for the API's routes, in the self-host's endpoint mapping.</summary>
internal static class OpenApiRouteExtensions
{
    /// <summary>The route reads a JSON body of <typeparamref name="T"/> (documented; enforced by the handler).</summary>
    public static RouteHandlerBuilder AcceptsJson<T>(this RouteHandlerBuilder builder) => builder.WithMetadata(new JsonRequestBodyMetadata(typeof(T)));

    /// <summary>The problems a route with a JSON body answers before it acts: 400 invalid, 413 too large, 415 not JSON.</summary>
    public static RouteHandlerBuilder ProducesBodyProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>The problems of a route that calls GSE: 503 when GSE fails transiently, is unreachable or slow; 502 when it refuses this service.</summary>
    public static RouteHandlerBuilder ProducesGseProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
