using System.Globalization;
using GseFunctions.SelfHost.Configuration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace GseFunctions.SelfHost.Management;

/// <summary>
/// The base URL links to this host are built on: <c>Host:PublicBaseUrl</c> when set, else the first address the server
/// listens on (an all-interfaces address names <c>localhost</c>), else the <c>urls</c> setting, else
/// http://127.0.0.1:7071. Never a request's <c>Host</c> header: the caller chooses it, and the management URIs carry the
/// system key, so a forged host would receive the key with the next poll.
/// </summary>
internal sealed class PublicBaseUrl(IOptions<PublicUrlOptions> options, IServer server, IConfiguration configuration)
{
    private string? _resolved;

    /// <summary>The base URL without a trailing slash, e.g. <c>http://127.0.0.1:7071</c> or <c>https://example.com/gse</c>.</summary>
    public string Value => _resolved ?? Resolve();

    private string Resolve()
    {
        if (options.Value.PublicBaseUrl is { Length: > 0 } configured)
        {
            return _resolved = configured.TrimEnd('/');
        }

        // Known once the server has bound (a port 0 in --urls is the real port here); every request comes after that.
        if (server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() is { } listening)
        {
            return _resolved = Normalize(listening);
        }

        // A server without addresses (TestServer): the setting the self-host would have listened on.
        var urls = configuration[WebHostDefaults.ServerUrlsKey]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Normalize(urls is { Length: > 0 } ? urls[0] : string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{SelfHostUrls.DefaultPort}"));
    }

    private static string Normalize(string address)
    {
        var binding = BindingAddress.Parse(address);
        var host = binding.Host is "0.0.0.0" or "[::]" or "::" or "+" or "*" ? "localhost" : binding.Host;
        return string.Create(CultureInfo.InvariantCulture, $"{binding.Scheme}://{host}:{binding.Port}{binding.PathBase.TrimEnd('/')}");
    }
}
