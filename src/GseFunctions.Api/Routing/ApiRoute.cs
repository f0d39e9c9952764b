namespace GseFunctions.Api.Routing;

/// <summary>One HTTP function: its name (the Functions function name and the self-host's endpoint name), method, route under <c>/api</c> and key level.</summary>
/// <param name="Name">The function name.</param>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Template">The route template, without the <c>api/</c> prefix (Functions style).</param>
/// <param name="Level">The key the route needs.</param>
public sealed record ApiRoute(string Name, string Method, string Template, ApiAuthLevel Level)
{
    /// <summary>The route prefix both hosts use (the Functions host's default).</summary>
    public const string Prefix = "api";

    /// <summary>The full path template, e.g. <c>/api/aliases/{aliasId}</c>.</summary>
    public string Path => "/" + Prefix + "/" + Template;

    /// <summary>
    /// The methods the route answers, upper case: <see cref="Method"/>, and HEAD beside GET (RFC 9110 §9.3.2: the GET's
    /// status and headers, no body), so probes and link checkers that send HEAD get the real answer, not a 405.
    /// </summary>
    public IReadOnlyList<string> Methods => Method == "GET" ? ["GET", "HEAD"] : [Method];
}
