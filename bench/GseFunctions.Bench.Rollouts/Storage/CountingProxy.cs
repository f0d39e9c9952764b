using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GseFunctions.Bench.Rollouts.Storage;

/// <summary>
/// A reverse proxy for one Azurite service on a free loopback port: every request is counted by operation, then
/// forwarded as it came (method, raw path and query, headers, body) and the answer copied back. Shared Key signatures
/// cover the path, query and headers but not the host or port, so requests signed for the proxy verify at Azurite.
/// </summary>
internal sealed class CountingProxy : IAsyncDisposable
{
    // Hop-by-hop headers and the ones HttpClient sets itself.
    private static readonly HashSet<string> NotForwarded = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Expect", "Proxy-Connection", "TE", "Trailer", "Content-Length",
    };

    private readonly WebApplication _app;
    private readonly HttpClient _http;

    private CountingProxy(WebApplication app, HttpClient http, int port)
    {
        _app = app;
        _http = http;
        Port = port;
    }

    public int Port { get; }

    public static async Task<CountingProxy> StartAsync(StorageService service, int targetPort, string hubPrefix, StorageCounters counters)
    {
        ArgumentNullException.ThrowIfNull(counters);
        var http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = System.Net.DecompressionMethods.None,
            MaxConnectionsPerServer = 256,
        })
        {
            Timeout = TimeSpan.FromMinutes(2),
        };
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = null);
        var app = builder.Build();
        var target = new Uri($"http://127.0.0.1:{targetPort}");
        app.Run(context => ForwardAsync(context, http, target, service, hubPrefix, counters));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new CountingProxy(app, http, new Uri(address).Port);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _http.Dispose();
    }

    private static async Task ForwardAsync(HttpContext context, HttpClient http, Uri target, StorageService service, string hubPrefix, StorageCounters counters)
    {
        var request = context.Request;
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        using var outgoing = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(target, rawTarget));
        var body = new MemoryStream();
        await request.Body.CopyToAsync(body, context.RequestAborted);
        var contentHeaders = request.Headers.Where(h => h.Key.StartsWith("Content-", StringComparison.OrdinalIgnoreCase) && !NotForwarded.Contains(h.Key)).ToList();
        if (body.Length > 0 || contentHeaders.Count > 0)
        {
            outgoing.Content = new ByteArrayContent(body.ToArray());
            foreach (var (name, values) in contentHeaders)
            {
                outgoing.Content.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        foreach (var (name, values) in request.Headers)
        {
            if (!NotForwarded.Contains(name) && !name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase))
            {
                outgoing.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        using var response = await http.SendAsync(outgoing, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        counters.Record(StorageOperationNames.Of(service, request.Method, rawTarget, hubPrefix), failed: (int)response.StatusCode >= 400);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!NotForwarded.Contains(name) || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
