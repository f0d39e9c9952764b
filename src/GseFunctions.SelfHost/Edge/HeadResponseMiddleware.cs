namespace GseFunctions.SelfHost.Edge;

/// <summary>
/// Answers HEAD without a body (RFC 9110 §9.3.2): the GET's handler runs and sets the status and headers, and what it
/// writes goes nowhere. Kestrel drops a HEAD body on its own; this keeps the answer the same on any server (the API
/// tests run on TestServer, which sends what the handler wrote).
/// </summary>
internal sealed class HeadResponseMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsHead(context.Request.Method))
        {
            // A StreamResponseBodyFeature over Stream.Null: writes vanish, the headers still go out when the response starts.
            context.Response.Body = Stream.Null;
        }

        return next(context);
    }
}
