namespace GseFunctions.Gse.Telemetry;

/// <summary>
/// Names under which <see cref="GseClient"/> emits traces and metrics, for an OpenTelemetry (or any other) listener to
/// subscribe to. Nothing is collected unless something listens.
/// </summary>
/// <remarks>
/// Each GSE call is one span named <c>GSE {Action}</c> (kind Client) with the tags <c>gse.action</c>, <c>gse.region</c>,
/// <c>gse.request_id</c>, <c>gse.retry_count</c> and, on failure, <c>gse.error_code</c> and <c>error.type</c>; its status
/// is Error when the call failed. The metrics are <c>gse.client.calls</c> (counter) and <c>gse.client.duration</c>
/// (histogram, seconds), both tagged <c>gse.action</c> and <c>gse.outcome</c> (<c>ok</c>, the GSE error code,
/// <c>cancelled</c> or <c>error</c>). Calls that waited for a turn within the request budget are also counted on
/// <c>gse.client.rate_limit.waits</c> and <c>gse.client.rate_limit.wait_duration</c> (seconds), tagged <c>gse.action</c>,
/// <c>gse.region</c> and <c>gse.outcome</c> (<c>ok</c>, <c>timed_out</c>, <c>queue_full</c> or <c>cancelled</c>). No tag
/// carries a credential.
/// </remarks>
public static class GseTelemetry
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name of the client's spans.</summary>
    public const string ActivitySourceName = "GseFunctions.Gse";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name of the client's metrics.</summary>
    public const string MeterName = "GseFunctions.Gse";
}
