using Azure.Monitor.OpenTelemetry.Exporter;
using GseFunctions.Gse.Telemetry;
using GseFunctions.Rollouts.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GseFunctions.ServiceDefaults.Telemetry;

/// <summary>Adds OpenTelemetry traces and metrics to either host, when configuration asks for an exporter.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The Durable Task SDK's span source: orchestrations and activities, which parent the GSE calls they make.</summary>
    internal const string DurableTaskSourceName = "Microsoft.DurableTask";

    /// <summary>ASP.NET Core's request metrics (<c>http.server.request.duration</c>, active requests).</summary>
    internal const string AspNetCoreHostingMeterName = "Microsoft.AspNetCore.Hosting";

    /// <summary>
    /// Reads <see cref="TelemetryOptions"/> (section <c>Telemetry</c>, checked when the host starts: a bad value fails the
    /// start with its key named). With <see cref="TelemetryExporter.None"/>, the default, nothing else is added: no
    /// OpenTelemetry service, no listener, so the instrumented code pays nothing. Otherwise adds OpenTelemetry with
    /// <list type="bullet">
    /// <item>traces: GSE calls (<see cref="GseTelemetry.ActivitySourceName"/>), Durable orchestrations and activities,
    /// incoming requests and outgoing HTTP calls (without the Durable sidecar's gRPC traffic and the storage backend's
    /// background polling);</item>
    /// <item>metrics: GSE calls (<see cref="GseTelemetry.MeterName"/>), rollout phases
    /// (<see cref="RolloutTelemetry.MeterName"/>), ASP.NET Core requests and HttpClient;</item>
    /// </list>
    /// exported to the console, to OTLP (endpoint, protocol and headers from the standard <c>OTEL_EXPORTER_OTLP_*</c>
    /// settings) or to Azure Monitor (<c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>). <paramref name="configure"/> adds
    /// host-specific parts (the Functions worker's) when OpenTelemetry is added. Calling it again adds nothing more.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The host's configuration.</param>
    /// <param name="configure">Called with the OpenTelemetry builder when an exporter is configured; null for nothing more.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddGseFunctionsTelemetry(this IServiceCollection services, IConfiguration configuration, Action<IOpenTelemetryBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<TelemetryOptions>)))
        {
            return services;
        }

        var (settings, errors) = TelemetrySettings.Read(configuration);
        services.AddOptions<TelemetryOptions>()
            .Configure(o =>
            {
                o.Exporter = settings.Exporter;
                o.ServiceName = settings.ServiceName;
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelemetryOptions>>(new TelemetryOptionsValidator(configuration));
        if (settings.Exporter == TelemetryExporter.None || errors.Count > 0)
        {
            return services;
        }

        var openTelemetry = services.AddOpenTelemetry();
        openTelemetry
            .ConfigureResource(resource => resource.AddService(
                settings.ServiceName,
                serviceVersion: typeof(TelemetryServiceCollectionExtensions).Assembly.GetName().Version?.ToString(3)))
            .WithTracing(tracing =>
            {
                tracing
                    .AddSource(GseTelemetry.ActivitySourceName, DurableTaskSourceName)
                    .AddAspNetCoreInstrumentation(o => o.Filter = TelemetryFilters.IsTracedRequest)
                    .AddHttpClientInstrumentation(o => o.FilterHttpRequestMessage = TelemetryFilters.IsTracedHttpCall);
                _ = settings.Exporter switch
                {
                    TelemetryExporter.Otlp => tracing.AddOtlpExporter(),
                    TelemetryExporter.AzureMonitor => tracing.AddAzureMonitorTraceExporter(o => o.ConnectionString = configuration[TelemetrySettings.ApplicationInsightsConnectionStringKey]),
                    _ => tracing.AddConsoleExporter(),
                };
            })
            .WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(GseTelemetry.MeterName, RolloutTelemetry.MeterName, AspNetCoreHostingMeterName)
                    .AddHttpClientInstrumentation();
                _ = settings.Exporter switch
                {
                    TelemetryExporter.Otlp => metrics.AddOtlpExporter(),
                    TelemetryExporter.AzureMonitor => metrics.AddAzureMonitorMetricExporter(o => o.ConnectionString = configuration[TelemetrySettings.ApplicationInsightsConnectionStringKey]),
                    _ => metrics.AddConsoleExporter(),
                };
            });
        configure?.Invoke(openTelemetry);
        return services;
    }
}
