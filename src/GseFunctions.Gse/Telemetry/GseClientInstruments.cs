using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace GseFunctions.Gse.Telemetry;

/// <summary>
/// The client's span source and metric instruments. The span source is static (spans are global by nature, as in the
/// Azure SDK); the instruments come from the host's <see cref="IMeterFactory"/> when it has one (one set per factory,
/// shared by the transient typed clients), else from a static meter (as Polly does).
/// </summary>
internal sealed class GseClientInstruments
{
    /// <summary>Tag and outcome names (OpenTelemetry style: lower case, dot-separated namespaces).</summary>
    public const string ActionTag = "gse.action";
    public const string OutcomeTag = "gse.outcome";
    public const string RegionTag = "gse.region";
    public const string RequestIdTag = "gse.request_id";
    public const string RetryCountTag = "gse.retry_count";
    public const string ErrorCodeTag = "gse.error_code";
    public const string ErrorTypeTag = "error.type";
    public const string Ok = "ok";
    public const string Cancelled = "cancelled";
    public const string UnexpectedError = "error";
    public const string RateLimitTimedOut = "timed_out";
    public const string RateLimitQueueFull = "queue_full";

    private static readonly string? Version = typeof(GseClientInstruments).Assembly.GetName().Version?.ToString(3);
    private static readonly ConditionalWeakTable<IMeterFactory, GseClientInstruments> PerFactory = [];
    private static readonly Lazy<GseClientInstruments> Static = new(() => new GseClientInstruments(new Meter(GseTelemetry.MeterName, Version)));

    // Seconds: from a fast local call to a timed-out one with its retries (the default timeout is 30 s).
    private static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60];

    private GseClientInstruments(Meter meter)
    {
        Calls = meter.CreateCounter<long>("gse.client.calls", "{call}", "GSE calls, by action and outcome (ok or the error code).");
        Duration = meter.CreateHistogram(
            "gse.client.duration",
            "s",
            "Duration of GSE calls, retries included, by action and outcome.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        RateLimitWaits = meter.CreateCounter<long>(
            "gse.client.rate_limit.waits",
            "{call}",
            "GSE calls that waited for a turn within the process's request budget, by action, region and outcome (ok, timed_out, queue_full or cancelled).");
        RateLimitWaitDuration = meter.CreateHistogram(
            "gse.client.rate_limit.wait_duration",
            "s",
            "Time GSE calls waited for a turn within the process's request budget, by action, region and outcome.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
    }

    public static ActivitySource ActivitySource { get; } = new(GseTelemetry.ActivitySourceName, Version);

    public Counter<long> Calls { get; }

    public Histogram<double> Duration { get; }

    public Counter<long> RateLimitWaits { get; }

    public Histogram<double> RateLimitWaitDuration { get; }

    /// <summary>The instruments of <paramref name="meterFactory"/>, or the static ones when there is none.</summary>
    public static GseClientInstruments For(IMeterFactory? meterFactory) =>
        meterFactory is null
            ? Static.Value
            : PerFactory.GetValue(meterFactory, static f => new GseClientInstruments(f.Create(new MeterOptions(GseTelemetry.MeterName) { Version = Version })));

    /// <summary>Starts the call's span, or answers null (without allocating) when no listener wants it.</summary>
    public static Activity? StartCall(string action, string region)
    {
        if (!ActivitySource.HasListeners())
        {
            return null;
        }

        var activity = ActivitySource.StartActivity($"GSE {action}", ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(ActionTag, action);
            activity.SetTag(RegionTag, region);
        }

        return activity;
    }

    /// <summary>Records a finished call on the metrics (a no-op for instruments nobody listens to).</summary>
    public void Record(string action, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { ActionTag, action }, { OutcomeTag, outcome } };
        Calls.Add(1, tags);
        Duration.Record(elapsed.TotalSeconds, tags);
    }

    /// <summary>Records a call that had to wait for a turn within the request budget.</summary>
    public void RecordRateLimitWait(string action, string region, string outcome, TimeSpan waited)
    {
        var tags = new TagList { { ActionTag, action }, { RegionTag, region }, { OutcomeTag, outcome } };
        RateLimitWaits.Add(1, tags);
        RateLimitWaitDuration.Record(waited.TotalSeconds, tags);
    }
}
