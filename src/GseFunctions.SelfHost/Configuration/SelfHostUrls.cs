using System.Globalization;

namespace GseFunctions.SelfHost.Configuration;

/// <summary>Where the self-host listens: <c>--urls</c>/<c>ASPNETCORE_URLS</c> when given, else http://127.0.0.1:7071 (port from <c>Host:LocalHttpPort</c>), like <c>func start</c>.</summary>
internal static class SelfHostUrls
{
    public const string PortKey = "Host:LocalHttpPort";

    public const int DefaultPort = 7071;

    public static void Apply(WebApplicationBuilder builder)
    {
        if (builder.Configuration["urls"] is { Length: > 0 } || builder.Configuration["http_ports"] is { Length: > 0 })
        {
            return;
        }

        var port = DefaultPort;
        if (builder.Configuration[PortKey] is { Length: > 0 } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            throw new InvalidOperationException($"{PortKey} must be a port number (1-65535).");
        }

        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
    }
}
