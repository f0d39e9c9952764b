using System.Text.Json;
using GseFunctions.Api.Health;
using GseFunctions.Api.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GseFunctions.Api.Tests.Health;

public sealed class HealthHandlersTests
{
    private const string Secret = "AccountKey=hunter2-secret";

    [Fact]
    public async Task GetAsync_ACheckThrowsWithASecretInItsMessage_Answers503WithoutTheMessage()
    {
        await using var services = Services(checks => checks
            .AddCheck("storage", () => HealthCheckResult.Healthy())
            .AddCheck("gse", new ThrowingCheck()));
        var health = services.GetRequiredService<HealthCheckService>();

        var (status, body) = await ExecuteAsync(await HealthHandlers.ReadyAsync(Readiness(health), CancellationToken.None));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, status);
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        var document = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Unhealthy", document.GetProperty("status").GetString());
        Assert.Equal("Healthy", document.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
        Assert.Equal("The check failed.", document.GetProperty("checks").GetProperty("gse").GetProperty("description").GetString());
    }

    [Fact]
    public async Task GetAsync_ACheckHangsPastItsTimeout_Answers503Promptly()
    {
        await using var services = Services(checks => checks
            .Add(new HealthCheckRegistration("storage", _ => new HangingCheck(), HealthStatus.Unhealthy, [], TimeSpan.FromMilliseconds(200))));
        var health = services.GetRequiredService<HealthCheckService>();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var (status, body) = await ExecuteAsync(await HealthHandlers.ReadyAsync(Readiness(health), CancellationToken.None));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, status);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal("Unhealthy", JsonDocument.Parse(body).RootElement.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
    }

    [Fact]
    public async Task GetAsync_DegradedCheck_Answers200()
    {
        await using var services = Services(checks => checks.AddCheck("gse", () => HealthCheckResult.Degraded("GSE is throttling this service's calls.")));

        var (status, body) = await ExecuteAsync(await HealthHandlers.ReadyAsync(Readiness(services.GetRequiredService<HealthCheckService>()), CancellationToken.None));

        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.Equal("Degraded", JsonDocument.Parse(body).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Live_Always_Answers200WithNoChecks()
    {
        var (status, body) = await ExecuteAsync(HealthHandlers.Live());

        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.Equal("""{"status":"Healthy","checks":{}}""", body);
    }

    [Fact]
    public void AddGseFunctionsApi_NoHealthSettings_ReadinessCacheDurationIsFiveSeconds()
    {
        using var services = ApiServices(new Dictionary<string, string?>());

        Assert.Equal(TimeSpan.FromSeconds(5), services.GetRequiredService<IOptions<HealthOptions>>().Value.ReadinessCacheDuration);
        Assert.Same(services.GetRequiredService<ReadinessCache>(), services.GetRequiredService<ReadinessCache>());
    }

    [Theory]
    [InlineData("-00:00:01")]
    [InlineData("00:05:01")]
    public void AddGseFunctionsApi_ReadinessCacheDurationOutOfRange_FailsNamingTheSetting(string value)
    {
        using var services = ApiServices(new Dictionary<string, string?> { ["Health:ReadinessCacheDuration"] = value });

        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<HealthOptions>>().Value);
        Assert.Contains(nameof(HealthOptions.ReadinessCacheDuration), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddGseFunctionsApi_CalledTwice_RegistersStorageAndGseOnceWithTheirTimeout()
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        collection.AddGseFunctionsApi();
        collection.AddGseFunctionsApi();
        using var services = collection.BuildServiceProvider();

        var registrations = services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;

        Assert.Equal(["gse", "storage"], registrations.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.All(registrations, r => Assert.Equal(ApiServiceCollectionExtensions.HealthCheckTimeout, r.Timeout));
    }

    private static ReadinessCache Readiness(HealthCheckService health) =>
        new(health, Options.Create(new HealthOptions()), TimeProvider.System);

    private static ServiceProvider ApiServices(Dictionary<string, string?> settings)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        collection.AddGseFunctionsApi();
        return collection.BuildServiceProvider();
    }

    private static ServiceProvider Services(Action<IHealthChecksBuilder> configure)
    {
        var collection = new ServiceCollection();
        collection.AddLogging(l => l.SetMinimumLevel(LogLevel.Critical));
        configure(collection.AddHealthChecks());
        return collection.BuildServiceProvider();
    }

    private static async Task<(int Status, string Body)> ExecuteAsync(IResult result)
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        using var body = new MemoryStream();
        context.Response.Body = body;
        await result.ExecuteAsync(context);
        return (context.Response.StatusCode, System.Text.Encoding.UTF8.GetString(body.ToArray()));
    }

    private sealed class ThrowingCheck : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException($"Could not connect with {Secret}");
    }

    private sealed class HangingCheck : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return HealthCheckResult.Healthy();
        }
    }
}
