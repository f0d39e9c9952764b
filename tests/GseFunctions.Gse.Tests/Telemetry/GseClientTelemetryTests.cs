using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using GseFunctions.Gse.Models;
using GseFunctions.Gse.Telemetry;
using GseFunctions.Gse.Tests.Client;
using GseFunctions.Testing.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GseFunctions.Gse.Tests.Telemetry;

/// <summary>
/// Each GSE call is one span and one point on each metric, with the action, the outcome and the request id, and never a
/// credential. Spans are told apart from other tests' by trace, measurements by the meter factory that made them.
/// </summary>
public sealed class GseClientTelemetryTests : IDisposable
{
    private const string SecretId = "AKIDTELEMETRYID";
    private const string SecretKey = "TelemetrySecretKeyThatMustNeverLeak";
    private const string Token = "TelemetrySessionTokenThatMustNeverLeak";

    private readonly ServiceProvider _metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();

    private IMeterFactory MeterFactory => _metrics.GetRequiredService<IMeterFactory>();

    public void Dispose() => _metrics.Dispose();

    [Fact]
    public async Task SendAsync_Success_RecordsSpanAndMetricsWithRequestId()
    {
        using var spans = new SpanCollector(GseTelemetry.ActivitySourceName);
        using var measurements = new MeasurementCollector(GseTelemetry.MeterName, MeterFactory);
        var client = Create(new StubHandler().Envelope("""{"Alias": {"AliasId": "alias-1"}, "RequestId": "r-ok"}"""));

        await client.DescribeAliasAsync(new DescribeAliasRequest { AliasId = "alias-1" });

        var span = Assert.Single(spans.Spans);
        Assert.Equal("GSE DescribeAlias", span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.Equal("DescribeAlias", span.GetTagItem("gse.action"));
        Assert.Equal("ap-shanghai", span.GetTagItem("gse.region"));
        Assert.Equal("r-ok", span.GetTagItem("gse.request_id"));
        Assert.Equal(0, span.GetTagItem("gse.retry_count"));
        Assert.Null(span.GetTagItem("gse.error_code"));
        Assert.Null(span.GetTagItem("error.type"));

        var call = Assert.Single(measurements.Of("gse.client.calls"));
        Assert.Equal(1, call.Value);
        Assert.Equal(new Dictionary<string, object?> { ["gse.action"] = "DescribeAlias", ["gse.outcome"] = "ok" }, call.Tags);
        var duration = Assert.Single(measurements.Of("gse.client.duration"));
        Assert.Equal(call.Tags, duration.Tags);
        Assert.InRange(duration.Value, 0, 5);
        AssertNoSecret(spans, measurements);
    }

    [Fact]
    public async Task SendAsync_PermanentError_RecordsErrorCodeAsOutcomeAndFailsTheSpan()
    {
        using var spans = new SpanCollector(GseTelemetry.ActivitySourceName);
        using var measurements = new MeasurementCollector(GseTelemetry.MeterName, MeterFactory);
        var client = Create(new StubHandler().Error(GseErrorCodes.ResourceNotFound, $"no fleet (key {SecretId})", requestId: "r-missing"));

        await Assert.ThrowsAsync<GseException>(() => client.DeleteFleetAsync(new DeleteFleetRequest { FleetId = "fleet-9" }));

        var span = Assert.Single(spans.Spans);
        Assert.Equal("GSE DeleteFleet", span.DisplayName);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(GseErrorCodes.ResourceNotFound, span.StatusDescription);
        Assert.Equal(GseErrorCodes.ResourceNotFound, span.GetTagItem("gse.error_code"));
        Assert.Equal(GseErrorCodes.ResourceNotFound, span.GetTagItem("error.type"));
        Assert.Equal("r-missing", span.GetTagItem("gse.request_id"));
        Assert.Equal(0, span.GetTagItem("gse.retry_count"));

        var call = Assert.Single(measurements.Of("gse.client.calls"));
        Assert.Equal(new Dictionary<string, object?> { ["gse.action"] = "DeleteFleet", ["gse.outcome"] = GseErrorCodes.ResourceNotFound }, call.Tags);
        Assert.Equal(call.Tags, Assert.Single(measurements.Of("gse.client.duration")).Tags);
        AssertNoSecret(spans, measurements);
    }

    [Fact]
    public async Task SendAsync_RetriedThenSucceeded_OneSpanWithRetryCountAndEvents()
    {
        using var spans = new SpanCollector(GseTelemetry.ActivitySourceName);
        using var measurements = new MeasurementCollector(GseTelemetry.MeterName, MeterFactory);
        var handler = new StubHandler()
            .Error(GseErrorCodes.RequestLimitExceeded, requestId: "r-1")
            .Error(GseErrorCodes.InternalError, requestId: "r-2")
            .Envelope("""{"FleetIds": [], "RequestId": "r-3"}""");
        var client = Create(handler);

        await client.ListFleetsAsync(new ListFleetsRequest());

        var span = Assert.Single(spans.Spans);
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.Equal(2, span.GetTagItem("gse.retry_count"));
        Assert.Equal("r-3", span.GetTagItem("gse.request_id"));
        var retries = span.Events.Where(e => e.Name == "gse.retry").ToList();
        Assert.Equal([GseErrorCodes.RequestLimitExceeded, GseErrorCodes.InternalError], retries.Select(e => e.Tags.Single(t => t.Key == "gse.error_code").Value));
        Assert.Equal([1, 2], retries.Select(e => e.Tags.Single(t => t.Key == "gse.retry.attempt").Value));

        // One call, not one per attempt: the metric counts what the caller asked for.
        var call = Assert.Single(measurements.Of("gse.client.calls"));
        Assert.Equal("ok", call.Tags["gse.outcome"]);
        Assert.Equal(3, handler.Received.Count);
        AssertNoSecret(spans, measurements);
    }

    [Fact]
    public async Task SendAsync_HttpServerErrorOnMutation_RecordsClientCode()
    {
        using var spans = new SpanCollector(GseTelemetry.ActivitySourceName);
        using var measurements = new MeasurementCollector(GseTelemetry.MeterName, MeterFactory);
        var client = Create(new StubHandler().Status(HttpStatusCode.BadGateway));

        await Assert.ThrowsAsync<GseException>(() => client.UpdateAliasAsync(new UpdateAliasRequest { AliasId = "alias-1" }));

        var span = Assert.Single(spans.Spans);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(GseErrorCodes.ClientServerError, span.GetTagItem("gse.error_code"));
        Assert.Null(span.GetTagItem("gse.request_id"));
        Assert.Equal(GseErrorCodes.ClientServerError, Assert.Single(measurements.Of("gse.client.calls")).Tags["gse.outcome"]);
        AssertNoSecret(spans, measurements);
    }

    [Fact]
    public async Task SendAsync_CallerCancels_RecordsCancelled()
    {
        using var spans = new SpanCollector(GseTelemetry.ActivitySourceName);
        using var measurements = new MeasurementCollector(GseTelemetry.MeterName, MeterFactory);
        var client = Create(new StubHandler().Hang());
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.DescribeAliasAsync(new DescribeAliasRequest { AliasId = "a" }, cancel.Token));

        var span = Assert.Single(spans.Spans);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("cancelled", span.StatusDescription);
        Assert.IsAssignableFrom<string>(span.GetTagItem("error.type"));
        Assert.Equal("cancelled", Assert.Single(measurements.Of("gse.client.calls")).Tags["gse.outcome"]);
    }

    [Fact]
    public async Task AddGseClient_HostWithMeterFactory_RecordsOnTheHostsMeter()
    {
        var handler = new StubHandler().Envelope("""{"RequestId": "r-di-1"}""").Envelope("""{"RequestId": "r-di-2"}""");
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gse:SecretId"] = SecretId,
            ["Gse:SecretKey"] = SecretKey,
        }).Build());
        services.AddLogging();
        services.AddMetrics();
        services.AddGseClient();
        services.AddHttpClient<GseClient>().ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();
        using var measurements = new MeasurementCollector(GseTelemetry.MeterName, provider.GetRequiredService<IMeterFactory>());

        await provider.GetRequiredService<GseClient>().DescribeAliasAsync(new DescribeAliasRequest { AliasId = "alias-1" });
        await provider.GetRequiredService<GseClient>().DescribeAliasAsync(new DescribeAliasRequest { AliasId = "alias-1" });

        // Two transient typed clients, one set of instruments: both calls land on the host's meter.
        Assert.Equal(2, measurements.Of("gse.client.calls").Count);
    }

    private GseClient Create(StubHandler handler) => new(
        new HttpClient(handler),
        Options.Create(new GseClientOptions
        {
            Endpoint = new Uri("https://gse.tencentcloudapi.com/"),
            Region = "ap-shanghai",
            SecretId = SecretId,
            SecretKey = SecretKey,
            Token = Token,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            MaxRetryAttempts = 3,
            Timeout = TimeSpan.FromSeconds(5),
        }),
        TimeProvider.System,
        NullLogger<GseClient>.Instance,
        MeterFactory);

    private static void AssertNoSecret(SpanCollector spans, MeasurementCollector measurements)
    {
        var values = spans.Spans
            .SelectMany(s => s.TagObjects.Concat(s.Events.SelectMany(e => e.Tags)).Select(t => t.Value).Append(s.DisplayName).Append(s.StatusDescription))
            .Concat(measurements.All.SelectMany(m => m.Tags.Values))
            .Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "")
            .ToList();
        Assert.NotEmpty(values);
        Assert.All(values, v =>
        {
            Assert.DoesNotContain(SecretKey, v, StringComparison.Ordinal);
            Assert.DoesNotContain(SecretId, v, StringComparison.Ordinal);
            Assert.DoesNotContain(Token, v, StringComparison.Ordinal);
        });
    }
}
