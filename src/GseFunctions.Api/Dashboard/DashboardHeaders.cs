namespace GseFunctions.Api.Dashboard;

/// <summary>The security headers every answer under <c>/api/dashboard/</c> carries.</summary>
internal static class DashboardHeaders
{
    /// <summary>
    /// Only this origin's scripts, styles, images and API calls; no inline script or style, no plug-ins, no framing, no
    /// base rewrite, forms only to this origin. The page draws its charts as SVG through the DOM, which this allows.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void Apply(Microsoft.AspNetCore.Http.IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
    }
}
