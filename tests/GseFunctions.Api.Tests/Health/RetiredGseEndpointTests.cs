using System.Collections.Concurrent;
using GseFunctions.Api.Health;
using GseFunctions.Api.Hosting;
using GseFunctions.Gse;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GseFunctions.Api.Tests.Health;

/// <summary>
/// Tencent has taken GSE offline: with <c>Gse:Endpoint</c> on its public endpoint (the default), the host warns at start
/// and the readiness check's <c>gse</c> description says so. No call leaves the machine: the GSE client's handler
/// fails every request as an unreachable host would.
/// </summary>
public sealed class RetiredGseEndpointTests
{
    private const string SecretKey = "retired-endpoint-test-secret-key";

    [Theory]
    [InlineData("https://gse.tencentcloudapi.com/", true)]
    [InlineData("https://GSE.ap-shanghai.tencentcloudapi.com/", true)]
    [InlineData("https://cvm.tencentcloudapi.com/", false)]
    [InlineData("https://gse.tencentcloudapi.com.example.net/", false)]
    [InlineData("http://127.0.0.1:5080/", false)]
    [InlineData("https://gse.example.com/", false)]
    public void Is_RecognisesTencentsPublicGseEndpoints(string endpoint, bool expected) =>
        Assert.Equal(expected, RetiredGseEndpoint.Is(new Uri(endpoint)));

    [Theory]
    [InlineData(null)] // the client's default
    [InlineData("https://gse.ap-guangzhou.tencentcloudapi.com/")]
    public async Task Readiness_OnTheRetiredEndpoint_NamesItInTheGseCheck(string? endpoint)
    {
        await using var services = Services(endpoint, new List<string>());

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Name == GseHealthCheck.Name);

        var gse = report.Entries[GseHealthCheck.Name];
        Assert.Equal(HealthStatus.Unhealthy, gse.Status);
        Assert.Equal(RetiredGseEndpoint.Notice + " GSE unreachable.", gse.Description);
        var view = HealthView.From(report);
        Assert.StartsWith("Gse:Endpoint is the retired public GSE (gse.tencentcloudapi.com)", view.Checks[GseHealthCheck.Name].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_OnAnotherEndpoint_SaysNothingAboutIt()
    {
        await using var services = Services("https://gse.example.com/", new List<string>());

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Name == GseHealthCheck.Name);

        Assert.Equal("GSE unreachable.", report.Entries[GseHealthCheck.Name].Description);
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("https://gse.tencentcloudapi.com/", 1)]
    [InlineData("http://127.0.0.1:5080/", 0)]
    public async Task Start_OnTheRetiredEndpoint_WarnsOnceWithoutSecrets(string? endpoint, int expected)
    {
        var lines = new List<string>();
        await using var services = Services(endpoint, lines);

        foreach (var hosted in services.GetServices<IHostedService>().OfType<RetiredGseEndpoint.Warning>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        var warnings = lines.Where(l => l.Contains("taken offline", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected, warnings.Count);
        Assert.All(warnings, w =>
        {
            Assert.StartsWith("Warning ", w, StringComparison.Ordinal);
            Assert.Contains("tencentcloudapi.com", w, StringComparison.Ordinal);
            Assert.DoesNotContain(SecretKey, w, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void AddGseFunctionsApi_CalledTwice_RegistersTheWarningOnce()
    {
        var services = new ServiceCollection().AddGseFunctionsApi().AddGseFunctionsApi();

        Assert.Single(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(RetiredGseEndpoint.Warning));
    }

    private static ServiceProvider Services(string? endpoint, List<string> lines)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Gse:SecretId"] = "AKIDRetiredTest",
            ["Gse:SecretKey"] = SecretKey,
            ["Gse:MaxRetryAttempts"] = "0",
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
        };
        if (endpoint is not null)
        {
            settings["Gse:Endpoint"] = endpoint;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.AddProvider(new ListLoggerProvider(lines)))
            .AddGseFunctionsApi();
        services.AddHttpClient<GseClient>().ConfigurePrimaryHttpMessageHandler(() => new UnreachableHandler());
        return services.BuildServiceProvider();
    }

    private sealed class UnreachableHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known");
    }

    private sealed class ListLoggerProvider(List<string> lines) : ILoggerProvider
    {
        private readonly ConcurrentDictionary<string, ILogger> _loggers = new();

        public ILogger CreateLogger(string categoryName) => _loggers.GetOrAdd(categoryName, _ => new ListLogger(lines));

        public void Dispose()
        {
        }

        private sealed class ListLogger(List<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (lines)
                {
                    lines.Add($"{logLevel} {formatter(state, exception)}");
                }
            }
        }
    }
}
