namespace GseFunctions.SelfHost.Edge;

/// <summary>
/// Lets every GET endpoint of a group answer HEAD too (the route table's entries already list it; this covers the
/// Durable webhooks, the OpenAPI document and the reference page), so routing matches HEAD and a 405's <c>Allow</c>
/// names it. <see cref="HeadResponseMiddleware"/> drops the body.
/// </summary>
internal static class HeadBesideGet
{
    public static TBuilder AnswerHeadBesideGet<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        // Finally: after each endpoint's own conventions, so the method metadata it ends with is the one extended.
        builder.Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault() is { } methods
                && methods.HttpMethods.Contains(HttpMethods.Get, StringComparer.OrdinalIgnoreCase)
                && !methods.HttpMethods.Contains(HttpMethods.Head, StringComparer.OrdinalIgnoreCase))
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight));
            }
        });
        return builder;
    }
}
