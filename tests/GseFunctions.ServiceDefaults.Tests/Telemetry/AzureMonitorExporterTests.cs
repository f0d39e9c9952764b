using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using GseFunctions.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Trace;

namespace GseFunctions.ServiceDefaults.Tests.Telemetry;

/// <summary>
/// <c>Telemetry:Exporter=AzureMonitor</c>: needs <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> (a missing or malformed one
/// fails the start naming the setting, never echoing it), and sends spans to the ingestion endpoint the connection
/// string names (here a local listener standing in for Application Insights).
/// </summary>
public sealed class AzureMonitorExporterTests : IDisposable
{
    private const string TestSourceName = "GseFunctions.ServiceDefaults.Tests.AzureMonitor";
    private const string InstrumentationKey = "00000000-0000-0000-0000-0000000000a1";
    private static readonly ActivitySource TestSource = new(TestSourceName);

    private readonly HttpListener _ingestion = new();
    private readonly ConcurrentQueue<(string Path, string Body)> _received = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Uri _ingestionEndpoint;

    public AzureMonitorExporterTests()
    {
        var port = FreePort();
        _ingestionEndpoint = new Uri($"http://127.0.0.1:{port}/");
        _ingestion.Prefixes.Add(_ingestionEndpoint.ToString());
        _ingestion.Start();
        _ = Task.Run(ServeAsync);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _ingestion.Close();
        _stop.Dispose();
    }

    [Fact]
    public void AzureMonitor_WithoutConnectionString_FailsNamingTheSettingAndAddsNothing()
    {
        using var provider = Services(("Telemetry:Exporter", "AzureMonitor")).BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TelemetryOptions>>().Value);
        Assert.Contains("Telemetry:Exporter is AzureMonitor, but APPLICATIONINSIGHTS_CONNECTION_STRING is not set", e.Message, StringComparison.Ordinal);
        Assert.Null(provider.GetService<TracerProvider>());
    }

    [Fact]
    public void AzureMonitor_MalformedConnectionString_FailsWithoutEchoingIt()
    {
        const string value = "Endpoint=https://example.invalid;SharedAccessKey=c2VjcmV0";
        using var provider = Services(("Telemetry:Exporter", "azuremonitor"), ("APPLICATIONINSIGHTS_CONNECTION_STRING", value)).BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TelemetryOptions>>().Value);
        Assert.Contains("APPLICATIONINSIGHTS_CONNECTION_STRING is not an Application Insights connection string", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AzureMonitor_ConnectionStringSetWithOtherExporter_IsNotRequiredNorUsed()
    {
        using var provider = Services(("Telemetry:Exporter", "Otlp")).BuildServiceProvider();

        Assert.Equal(TelemetryExporter.Otlp, provider.GetRequiredService<IOptions<TelemetryOptions>>().Value.Exporter);
    }

    [Fact]
    public async Task AzureMonitor_WithConnectionString_ExportsSpansToItsIngestionEndpoint()
    {
        var services = Services(
            ("Telemetry:Exporter", "AzureMonitor"),
            ("APPLICATIONINSIGHTS_CONNECTION_STRING", $"InstrumentationKey={InstrumentationKey};IngestionEndpoint={_ingestionEndpoint}"));
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource(TestSourceName));
        await using var provider = services.BuildServiceProvider();
        Assert.Equal(TelemetryExporter.AzureMonitor, provider.GetRequiredService<IOptions<TelemetryOptions>>().Value.Exporter);
        var tracer = provider.GetRequiredService<TracerProvider>();

        // The exporter samples with a rate limiter (a few traces a second, from an empty budget): send until one passes.
        var deadline = Stopwatch.StartNew();
        while (!_received.Any(r => r.Body.Contains("azure monitor test operation", StringComparison.Ordinal)) && deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            using (var operation = TestSource.StartActivity("azure monitor test operation"))
            {
                Assert.NotNull(operation);
            }

            Assert.True(tracer.ForceFlush(10_000));
            await Task.Delay(100);
        }

        Assert.Contains(_received, r => r.Body.Contains("azure monitor test operation", StringComparison.Ordinal));
        var track = _received.First(r => r.Body.Contains("azure monitor test operation", StringComparison.Ordinal));
        Assert.EndsWith("/v2.1/track", track.Path, StringComparison.Ordinal);
        Assert.Contains(InstrumentationKey, track.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AzureMonitor", 1)]
    [InlineData("None", 0)]
    public void Configure_HostSpecificParts_AreAddedOnlyWithAnExporter(string exporter, int expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telemetry:Exporter"] = exporter,
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = $"InstrumentationKey={InstrumentationKey};IngestionEndpoint={_ingestionEndpoint}",
        }).Build();
        var calls = 0;

        new ServiceCollection().AddGseFunctionsTelemetry(configuration, _ => calls++);

        Assert.Equal(expected, calls);
    }

    private static ServiceCollection Services(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddGseFunctionsTelemetry(configuration);
        return services;
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _ingestion.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var body = context.Request.InputStream;
            if (string.Equals(context.Request.Headers["Content-Encoding"], "gzip", StringComparison.OrdinalIgnoreCase))
            {
                body = new GZipStream(body, CompressionMode.Decompress);
            }

            using (var reader = new StreamReader(body, Encoding.UTF8))
            {
                _received.Enqueue((context.Request.Url!.AbsolutePath, await reader.ReadToEndAsync()));
            }

            var answer = Encoding.UTF8.GetBytes("""{"itemsReceived":1,"itemsAccepted":1,"errors":[]}""");
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
