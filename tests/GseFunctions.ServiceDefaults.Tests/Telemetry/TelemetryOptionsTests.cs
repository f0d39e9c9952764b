using GseFunctions.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GseFunctions.ServiceDefaults.Tests.Telemetry;

/// <summary>Telemetry is off unless an exporter is named; a bad setting stops the start and says which key is wrong.</summary>
public sealed class TelemetryOptionsTests
{
    private static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build();

    private static ServiceCollection Services(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGseFunctionsTelemetry(configuration);
        return services;
    }

    private static bool HasOpenTelemetry(IServiceCollection services) =>
        services.Any(d => IsOpenTelemetry(d.ServiceType) || IsOpenTelemetry(d.ImplementationType) || IsOpenTelemetry(d.ImplementationInstance?.GetType()));

    private static bool IsOpenTelemetry(Type? type) => type?.Namespace?.StartsWith("OpenTelemetry", StringComparison.Ordinal) == true;

    [Theory]
    [InlineData(null)]
    [InlineData("None")]
    [InlineData("none")]
    public void AddGseFunctionsTelemetry_NoExporter_AddsNoOpenTelemetry(string? exporter)
    {
        var services = Services(Configuration(("Telemetry:Exporter", exporter)));

        Assert.False(HasOpenTelemetry(services));
        using var provider = services.BuildServiceProvider();
        Assert.Null(provider.GetService<TracerProvider>());
        Assert.Null(provider.GetService<MeterProvider>());
        var options = provider.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        Assert.Equal(TelemetryExporter.None, options.Exporter);
        Assert.Equal("GseFunctions", options.ServiceName);
    }

    [Theory]
    [InlineData("Console", TelemetryExporter.Console)]
    [InlineData("otlp", TelemetryExporter.Otlp)]
    public void AddGseFunctionsTelemetry_Exporter_AddsTracingAndMetrics(string exporter, TelemetryExporter expected)
    {
        var services = Services(Configuration(("Telemetry:Exporter", exporter), ("Telemetry:ServiceName", "gse-prod")));

        Assert.True(HasOpenTelemetry(services));
        using var provider = services.BuildServiceProvider();
        Assert.NotNull(provider.GetService<TracerProvider>());
        Assert.NotNull(provider.GetService<MeterProvider>());
        var options = provider.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        Assert.Equal(expected, options.Exporter);
        Assert.Equal("gse-prod", options.ServiceName);
    }

    [Theory]
    [InlineData("Zipkin")]
    [InlineData("1")]
    public void AddGseFunctionsTelemetry_UnknownExporter_FailsNamingTheKeyAndAddsNothing(string exporter)
    {
        var services = Services(Configuration(("Telemetry:Exporter", exporter)));

        Assert.False(HasOpenTelemetry(services));
        using var provider = services.BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TelemetryOptions>>().Value);
        Assert.Contains("Telemetry:Exporter", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"'{exporter}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("None, Otlp, Console", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "localhost:4317")]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "ftp://collector/")]
    [InlineData("OTEL_EXPORTER_OTLP_PROTOCOL", "http/json")]
    public void AddGseFunctionsTelemetry_BadOtlpSetting_FailsNamingTheKey(string key, string value)
    {
        using var provider = Services(Configuration(("Telemetry:Exporter", "Otlp"), (key, value))).BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TelemetryOptions>>().Value);
        Assert.Contains(key, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddGseFunctionsTelemetry_GoodOtlpSettings_Pass()
    {
        using var provider = Services(Configuration(
            ("Telemetry:Exporter", "Otlp"),
            ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318"),
            ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"))).BuildServiceProvider();

        Assert.Equal(TelemetryExporter.Otlp, provider.GetRequiredService<IOptions<TelemetryOptions>>().Value.Exporter);
    }

    [Fact]
    public void AddGseFunctionsTelemetry_EmptyServiceName_FailsNamingTheKey()
    {
        using var provider = Services(Configuration(("Telemetry:Exporter", "Console"), ("Telemetry:ServiceName", " "))).BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TelemetryOptions>>().Value);
        Assert.Contains("Telemetry:ServiceName", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddGseFunctionsTelemetry_BadValue_FailsTheHostsStart()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([KeyValuePair.Create<string, string?>("Telemetry:Exporter", "Jaeger")]);
        builder.Services.AddGseFunctionsTelemetry(builder.Configuration);
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Telemetry:Exporter is 'Jaeger'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddGseFunctionsTelemetry_CalledTwice_AddsOnce()
    {
        var configuration = Configuration(("Telemetry:Exporter", "Console"));
        var services = Services(configuration);
        var count = services.Count;

        services.AddGseFunctionsTelemetry(configuration);

        Assert.Equal(count, services.Count);
    }
}
