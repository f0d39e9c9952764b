using Microsoft.Extensions.Configuration;

namespace GseFunctions.ServiceDefaults.Telemetry;

/// <summary>
/// Reads <see cref="TelemetryOptions"/> from configuration without throwing, and names each bad value by its key, so a
/// mistake fails the host's start with a message that says what to fix (the binder would only say it could not convert).
/// </summary>
internal static class TelemetrySettings
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string OtlpProtocolKey = "OTEL_EXPORTER_OTLP_PROTOCOL";
    public const string ApplicationInsightsConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    private static readonly string[] OtlpProtocols = ["grpc", "http/protobuf"];

    public static (TelemetryOptions Options, IReadOnlyList<string> Errors) Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(TelemetryOptions.SectionName);
        var options = new TelemetryOptions();
        var errors = new List<string>();

        var exporterKey = $"{TelemetryOptions.SectionName}:{nameof(TelemetryOptions.Exporter)}";
        var exporter = section[nameof(TelemetryOptions.Exporter)];
        if (!string.IsNullOrWhiteSpace(exporter))
        {
            // Names only: Enum.TryParse would also take "1" or "7".
            var match = Enum.GetNames<TelemetryExporter>().FirstOrDefault(n => string.Equals(n, exporter.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                errors.Add($"{exporterKey} is '{exporter}'; use one of {string.Join(", ", Enum.GetNames<TelemetryExporter>())}.");
            }
            else
            {
                options.Exporter = Enum.Parse<TelemetryExporter>(match);
            }
        }

        var serviceName = section[nameof(TelemetryOptions.ServiceName)];
        if (serviceName is not null)
        {
            if (string.IsNullOrWhiteSpace(serviceName))
            {
                errors.Add($"{TelemetryOptions.SectionName}:{nameof(TelemetryOptions.ServiceName)} is empty; leave it out for the default '{options.ServiceName}'.");
            }
            else
            {
                options.ServiceName = serviceName.Trim();
            }
        }

        if (options.Exporter == TelemetryExporter.Otlp)
        {
            if (configuration[OtlpEndpointKey] is { Length: > 0 } endpoint
                && !(Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            {
                errors.Add($"{OtlpEndpointKey} is '{endpoint}'; it must be an absolute http or https address, such as http://localhost:4317.");
            }

            if (configuration[OtlpProtocolKey] is { Length: > 0 } protocol && !OtlpProtocols.Contains(protocol, StringComparer.Ordinal))
            {
                errors.Add($"{OtlpProtocolKey} is '{protocol}'; use grpc or http/protobuf.");
            }
        }

        if (options.Exporter == TelemetryExporter.AzureMonitor)
        {
            // Never echo the value: it names the Application Insights resource and its ingestion key.
            var connectionString = configuration[ApplicationInsightsConnectionStringKey];
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                errors.Add($"{exporterKey} is AzureMonitor, but {ApplicationInsightsConnectionStringKey} is not set; give it the Application Insights resource's connection string.");
            }
            else if (!connectionString.Contains("InstrumentationKey=", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add($"{ApplicationInsightsConnectionStringKey} is not an Application Insights connection string (it has no InstrumentationKey).");
            }
        }

        return (options, errors);
    }
}
