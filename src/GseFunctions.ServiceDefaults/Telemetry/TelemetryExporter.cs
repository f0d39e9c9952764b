namespace GseFunctions.ServiceDefaults.Telemetry;

/// <summary>Where OpenTelemetry traces and metrics go (<c>Telemetry:Exporter</c>).</summary>
public enum TelemetryExporter
{
    /// <summary>Nowhere: OpenTelemetry is not added at all (the default).</summary>
    None,

    /// <summary>
    /// An OTLP endpoint, configured by the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>
    /// (<c>grpc</c> or <c>http/protobuf</c>) and <c>OTEL_EXPORTER_OTLP_HEADERS</c> settings (default http://localhost:4317, gRPC).
    /// </summary>
    Otlp,

    /// <summary>The process's standard output, for a look while developing.</summary>
    Console,

    /// <summary>
    /// Azure Monitor (Application Insights), through <c>Azure.Monitor.OpenTelemetry.Exporter</c>; the resource is named
    /// by the standard <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> setting, which is then required.
    /// </summary>
    AzureMonitor,
}
