namespace GseFunctions.ServiceDefaults.Telemetry;

/// <summary>
/// OpenTelemetry settings, from the <c>Telemetry</c> section (in the self-host also from <c>local.settings.json</c>
/// <c>Values</c> as <c>Telemetry__Exporter</c>); checked when the host starts.
/// </summary>
public sealed class TelemetryOptions
{
    /// <summary>Name of the configuration section.</summary>
    public const string SectionName = "Telemetry";

    /// <summary>Where traces and metrics go. Default <see cref="TelemetryExporter.None"/>: nothing is collected or sent.</summary>
    public TelemetryExporter Exporter { get; set; } = TelemetryExporter.None;

    /// <summary>The <c>service.name</c> of everything exported. Default <c>GseFunctions</c>.</summary>
    public string ServiceName { get; set; } = "GseFunctions";
}
