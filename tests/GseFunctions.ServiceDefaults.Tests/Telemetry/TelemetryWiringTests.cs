using System.Collections.Concurrent;
using System.Diagnostics;
using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using GseFunctions.ServiceDefaults.Telemetry;
using GseFunctions.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GseFunctions.ServiceDefaults.Tests.Telemetry;

/// <summary>
/// With an exporter configured, a GSE call over real HTTP (to a local GSE) is exported as a GSE span with its HTTP call
/// beneath it, and counted on the GSE metrics; an HTTP call made outside any operation (background polling) is not traced.
/// </summary>
public sealed class TelemetryWiringTests : IAsyncLifetime
{
    private const string TestSourceName = "GseFunctions.Api.Tests.Telemetry";
    private static readonly ActivitySource TestSource = new(TestSourceName);
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly List<Metric> _metrics = [];
    private LocalGseServer _gse = null!;
    private ServiceProvider _provider = null!;

    public async Task InitializeAsync()
    {
        _gse = await LocalGseServer.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telemetry:Exporter"] = "Console",
            ["Gse:Endpoint"] = _gse.Address.ToString(),
            ["Gse:SecretId"] = LocalGseServer.SecretId,
            ["Gse:SecretKey"] = LocalGseServer.SecretKey,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddMetrics();
        services.AddGseClient();
        services.AddGseFunctionsTelemetry(configuration);
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource(TestSourceName).AddProcessor(new CollectingProcessor(_spans)));
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(_metrics));
        _provider = services.BuildServiceProvider();
        _provider.GetRequiredService<TracerProvider>();
        _provider.GetRequiredService<MeterProvider>();
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _gse.DisposeAsync();
    }

    [Fact]
    public async Task GseCall_WithConsoleExporter_ExportsGseSpanOverHttpSpanAndMetrics()
    {
        var gse = _provider.GetRequiredService<GseClient>();
        using (var root = TestSource.StartActivity("test operation"))
        {
            Assert.NotNull(root);
            await gse.ListFleetsAsync(new ListFleetsRequest());
        }

        var traceId = Assert.Single(_spans, s => s.Source.Name == TestSourceName).TraceId;
        var ours = _spans.Where(s => s.TraceId == traceId).ToList();
        var call = Assert.Single(ours, s => s.Source.Name == "GseFunctions.Gse");
        Assert.Equal("GSE ListFleets", call.DisplayName);
        Assert.Equal("ListFleets", call.GetTagItem("gse.action"));
        Assert.NotNull(call.GetTagItem("gse.request_id"));
        var http = Assert.Single(ours, s => s.Source.Name == "System.Net.Http");
        Assert.Equal(call.SpanId, http.ParentSpanId);

        var meterProvider = _provider.GetRequiredService<MeterProvider>();
        Assert.True(meterProvider.ForceFlush());
        var calls = Assert.Single(Snapshot(_metrics), m => m.Name == "gse.client.calls");
        Assert.Equal("GseFunctions.Gse", calls.MeterName);
        Assert.Contains(Snapshot(_metrics), m => m.Name == "gse.client.duration" && m.Unit == "s");
        Assert.Contains(Snapshot(_metrics), m => m.Name == "http.client.request.duration");
    }

    [Fact]
    public async Task HttpCall_OutsideAnyOperation_IsNotTraced()
    {
        var path = "telemetry-probe-" + Guid.NewGuid().ToString("N");
        using var http = new HttpClient();
        var previous = Activity.Current;
        Activity.Current = null;
        try
        {
            using var response = await http.GetAsync(new Uri(_gse.Address, path));
        }
        finally
        {
            Activity.Current = previous;
        }

        // A call inside an operation to the same address is traced, so the filter, not the instrumentation, left the other out.
        using (TestSource.StartActivity("test operation"))
        {
            using var response = await http.GetAsync(new Uri(_gse.Address, path + "-traced"));
        }

        var urls = _spans.Select(s => s.GetTagItem("url.full") as string).OfType<string>().ToList();
        Assert.Contains(urls, u => u.EndsWith(path + "-traced", StringComparison.Ordinal));
        Assert.DoesNotContain(urls, u => u.EndsWith(path, StringComparison.Ordinal));
    }

    /// <summary>
    /// Keeps the spans the provider recorded (sampled and not filtered out). While this test runs, the provider also sees
    /// other tests' spans, from other threads: a concurrent queue takes them safely, and assertions pick this test's trace.
    /// </summary>
    private sealed class CollectingProcessor(ConcurrentQueue<Activity> spans) : OpenTelemetry.BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data) => spans.Enqueue(data);
    }

    private static List<T> Snapshot<T>(List<T> list)
    {
        lock (list)
        {
            return [.. list];
        }
    }
}
