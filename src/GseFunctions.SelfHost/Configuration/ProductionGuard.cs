using System.Net;

namespace GseFunctions.SelfHost.Configuration;

/// <summary>
/// Refuses settings that are public knowledge where they would matter: the keys published in
/// <c>local.settings.sample.json</c> (or the README) when the self-host listens beyond loopback, and the local GSE's
/// development credentials sent to a GSE endpoint that is not on loopback. Messages name settings, never values.
/// </summary>
internal static class ProductionGuard
{
    /// <summary>The development SecretId the local GSE accepts by default (README, sample settings).</summary>
    public const string LocalGseDevelopmentSecretId = "AKIDLocalGseDevelopmentKey";

    /// <summary>The development SecretKey the local GSE accepts by default (README, sample settings).</summary>
    public const string LocalGseDevelopmentSecretKey = "LocalGseDevelopmentSecretKey";

    /// <summary>
    /// The self-host keys published in this repository (<c>local.settings.sample.json</c>; the README shows none). A
    /// test checks this list against those files.
    /// </summary>
    public static readonly IReadOnlyList<string> PublishedKeys =
    [
        "LOCAL-ONLY-master-key-not-a-secret-change-me",
        "LOCAL-ONLY-function-key-not-a-secret-change-me",
    ];

    /// <summary>The default GSE endpoint when <c>Gse:Endpoint</c> is not set.</summary>
    private static readonly Uri DefaultGseEndpoint = new("https://gse.tencentcloudapi.com/");

    /// <summary>
    /// What the self-host must not start with, one line each (empty when all is well). <paramref name="configuration"/>
    /// is the app's: it says where the server listens (<c>urls</c>, <c>http_ports</c>, <c>https_ports</c>, Kestrel
    /// endpoints), the keys (<c>Auth</c>) and the GSE settings (<c>Gse</c>).
    /// </summary>
    public static IReadOnlyList<string> Check(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var failures = new List<string>();
        if (ListensBeyondLoopback(configuration) is { } address)
        {
            var keys = new List<(string Name, string? Value)> { ("Auth:MasterKey", configuration["Auth:MasterKey"]) };
            keys.AddRange(configuration.GetSection("Auth:FunctionKeys").GetChildren().Select(c => ($"Auth:FunctionKeys:{c.Key}", c.Value)));
            foreach (var (name, value) in keys)
            {
                if (value is not null && PublishedKeys.Contains(value.Trim(), StringComparer.Ordinal))
                {
                    failures.Add($"{name} is a key published in local.settings.sample.json, and the self-host listens beyond loopback ({address}); set a secret key of your own.");
                }
            }
        }

        var endpoint = Uri.TryCreate(configuration["Gse:Endpoint"], UriKind.Absolute, out var configured) ? configured : DefaultGseEndpoint;
        if (!IsLoopback(endpoint.Host))
        {
            if (string.Equals(configuration["Gse:SecretId"]?.Trim(), LocalGseDevelopmentSecretId, StringComparison.Ordinal))
            {
                failures.Add($"Gse:SecretId is the local GSE's published development key id, and Gse:Endpoint ({endpoint.Host}) is not a loopback address; use that service's own credentials.");
            }

            if (string.Equals(configuration["Gse:SecretKey"]?.Trim(), LocalGseDevelopmentSecretKey, StringComparison.Ordinal))
            {
                failures.Add($"Gse:SecretKey is the local GSE's published development key, and Gse:Endpoint ({endpoint.Host}) is not a loopback address; use that service's own credentials.");
            }
        }

        return failures;
    }

    /// <summary>The first address the server would listen on that is not loopback, or null.</summary>
    internal static string? ListensBeyondLoopback(IConfiguration configuration)
    {
        var urls = (configuration["urls"] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        urls.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>());
        foreach (var url in urls)
        {
            if (!IsLoopback(HostOf(url)))
            {
                return url;
            }
        }

        // ASPNETCORE_HTTP_PORTS / HTTPS_PORTS bind every interface (http://*:port), when no URL is given.
        if (urls.Count == 0)
        {
            foreach (var (key, scheme) in new[] { ("http_ports", "http"), ("https_ports", "https") })
            {
                if (configuration[key] is { Length: > 0 } ports)
                {
                    return $"{scheme}://*:{ports.Split(';', StringSplitOptions.TrimEntries)[0]}";
                }
            }
        }

        return null;
    }

    private static string HostOf(string url)
    {
        // Kestrel accepts wildcards (http://*:80, http://+:80) that Uri does not parse.
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        if (rest.StartsWith('['))
        {
            return rest[1..rest.IndexOf(']', StringComparison.Ordinal)];
        }

        var end = rest.IndexOfAny([':', '/']);
        return end < 0 ? rest : rest[..end];
    }

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
