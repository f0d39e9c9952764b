using System.Globalization;

namespace GseFunctions.SelfHost;

/// <summary>
/// <c>dotnet GseFunctions.SelfHost.dll --health-check</c>: the container image's HEALTHCHECK (the ASP.NET runtime image
/// has no curl or wget). Asks the running self-host in the same container for <c>/api/health/live</c> on its port
/// (<c>ASPNETCORE_HTTP_PORTS</c>, else the first <c>ASPNETCORE_URLS</c> address, else 8080) and exits 0 when it answers
/// 2xx within 5 seconds, else 1.
/// </summary>
internal static class HealthProbe
{
    /// <summary>The command-line switch selecting the probe.</summary>
    public const string Switch = "--health-check";

    /// <summary>The path probed: liveness, which calls neither storage nor GSE.</summary>
    public const string LivePath = "/api/health/live";

    public static async Task<int> RunAsync()
    {
        var target = new Uri(BaseAddress(), LivePath);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(target).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return 0;
            }

            await Console.Error.WriteLineAsync($"GseFunctions.SelfHost: health check: {target} answered {(int)response.StatusCode}.").ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"GseFunctions.SelfHost: health check: {target} did not answer ({e.GetType().Name}).").ConfigureAwait(false);
        }

        return 1;
    }

    /// <summary>Where this container's self-host listens, as seen from inside the container.</summary>
    internal static Uri BaseAddress()
    {
        if (Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS") is { Length: > 0 } ports
            && int.TryParse(ports.Split(';', StringSplitOptions.TrimEntries)[0], NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            return new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        }

        if (Environment.GetEnvironmentVariable("ASPNETCORE_URLS") is { Length: > 0 } urls)
        {
            var first = urls.Split(';', StringSplitOptions.TrimEntries)[0].Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal);
            if (Uri.TryCreate(first, UriKind.Absolute, out var url))
            {
                return url;
            }
        }

        return new Uri("http://127.0.0.1:8080");
    }
}
