namespace GseFunctions.SelfHost.Configuration;

/// <summary>Where clients reach the self-host (section <c>Host</c>, beside <c>Host:LocalHttpPort</c>).</summary>
public sealed class PublicUrlOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Host";

    /// <summary>
    /// The base URL the management URIs (<c>statusQueryGetUri</c> and the rest, which carry the system key) point at,
    /// e.g. <c>https://gse.example.com</c> or, behind a proxy that adds a prefix, <c>https://example.com/gse</c>: an
    /// absolute http or https URL without user info, query or fragment. Default: the first URL the self-host listens on
    /// (<c>--urls</c>, else http://127.0.0.1:7071), with <c>localhost</c> for an all-interfaces address such as
    /// <c>http://0.0.0.0:8080</c>. Never taken from a request's <c>Host</c> header, which the caller chooses.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
