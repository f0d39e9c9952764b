using System.Net;
using System.Text.Json;
using GseFunctions.Api.Tests.Sessions;
using GseFunctions.Testing;

namespace GseFunctions.Api.Tests.Health;

/// <summary>
/// The health routes on the self-host over Azurite and a local GSE: readiness (<c>/api/health</c>,
/// <c>/api/health/ready</c>) runs the storage and GSE checks, at most once per cache period however many ask;
/// liveness (<c>/api/health/live</c>) calls nothing.
/// </summary>
public sealed class HealthRouteTests(HealthStackFixture fixture) : IClassFixture<HealthStackFixture>
{
    [Theory]
    [InlineData("/api/health")]
    [InlineData("/api/health/ready")]
    public async Task Readiness_StorageAndGseReachable_Answers200WithoutAKey(string path)
    {
        using var http = fixture.Stack.Anonymous();

        var response = await http.GetAsync(path);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var health = JsonDocument.Parse(text).RootElement;
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var checks = health.GetProperty("checks");
        Assert.Equal(["gse", "storage"], checks.EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        foreach (var check in checks.EnumerateObject())
        {
            Assert.Equal("Healthy", check.Value.GetProperty("status").GetString());
            Assert.True(check.Value.GetProperty("durationMs").GetInt64() >= 0);
        }
    }

    [Theory]
    [InlineData("/api/health")]
    [InlineData("/api/health/ready")]
    public async Task Readiness_TwentyConcurrentRequests_RunTheChecksAtMostOnce(string path)
    {
        // A stack of its own with the default cache (5 s), so no earlier request has warmed it.
        await using var stack = await ApiStack.StartAsync(fixture.Azurite.ConnectionString);
        using var http = stack.Anonymous();
        await stack.Admin.ResetCallsAsync();
        using var storage = new StorageRequestRecorder(fixture.Azurite);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => http.GetAsync(path)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var calls = await GseCalls.TotalsAsync(stack.Admin);
        Assert.True(calls.GetValueOrDefault("ListAliases") <= 1, $"GSE calls: {GseCalls.Describe(calls)}");
        var tableQueries = storage.ProductRequests(stack.Hub).Where(r => r.StartsWith("GET ", StringComparison.Ordinal) && r.Contains("/Tables", StringComparison.Ordinal)).ToList();
        Assert.True(tableQueries.Count <= 1, string.Join(Environment.NewLine, tableQueries));
    }

    [Fact]
    public async Task Liveness_Requests_Answer200AndCallNeitherGseNorStorage()
    {
        var stack = fixture.Stack;
        using var http = stack.Anonymous();
        await stack.Admin.ResetCallsAsync();
        using var storage = new StorageRequestRecorder(fixture.Azurite);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => http.GetAsync("/api/health/live")));

        foreach (var response in responses)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, text);
            Assert.Equal("Healthy", JsonDocument.Parse(text).RootElement.GetProperty("status").GetString());
        }

        Assert.Empty(await GseCalls.TotalsAsync(stack.Admin));
        Assert.DoesNotContain(storage.ProductRequests(stack.Hub), r => r.Contains("/Tables", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Liveness_GseFailing_StillAnswers200()
    {
        var stack = fixture.Stack;
        using var http = stack.Anonymous();
        await stack.Admin.AddFaultAsync(new { action = "ListAliases", errorCode = "InternalError" });
        try
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/api/health/ready")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/health/live")).StatusCode);
        }
        finally
        {
            await stack.Admin.ClearFaultsAsync();
        }
    }

    [Fact]
    public async Task Health_GseFailing_Answers503NamingTheCheckWithoutSecrets()
    {
        var stack = fixture.Stack;
        using var http = stack.Anonymous();
        await stack.Admin.AddFaultAsync(new { action = "ListAliases", errorCode = "AuthFailure.SecretIdNotFound", errorMessage = $"SecretId {LocalGseServer.SecretId} not found at {stack.Server.Address}" });
        try
        {
            var response = await http.GetAsync("/api/health");

            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, text);
            var health = JsonDocument.Parse(text).RootElement;
            Assert.Equal("Unhealthy", health.GetProperty("status").GetString());
            var checks = health.GetProperty("checks");
            Assert.Equal("Healthy", checks.GetProperty("storage").GetProperty("status").GetString());
            Assert.Equal("Unhealthy", checks.GetProperty("gse").GetProperty("status").GetString());
            Assert.Contains("credentials", checks.GetProperty("gse").GetProperty("description").GetString(), StringComparison.Ordinal);
            AssertNoSecrets(text, stack);
        }
        finally
        {
            await stack.Admin.ClearFaultsAsync();
        }
    }

    [Fact]
    public async Task Health_GseUnreachable_Answers503()
    {
        // A stack whose GSE client points at a port nobody listens on (no retries, so the check fails at once).
        await using var stack = await ApiStack.StartAsync(fixture.Azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Gse:Endpoint"] = "http://127.0.0.1:9/",
            ["Gse:MaxRetryAttempts"] = "0",
        });
        using var http = stack.Anonymous();

        var response = await http.GetAsync("/api/health");

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, text);
        var gse = JsonDocument.Parse(text).RootElement.GetProperty("checks").GetProperty("gse");
        Assert.Equal("Unhealthy", gse.GetProperty("status").GetString());
        Assert.Equal("GSE unreachable.", gse.GetProperty("description").GetString());
        Assert.DoesNotContain("127.0.0.1", text, StringComparison.Ordinal);
    }

    private static void AssertNoSecrets(string text, ApiStack stack)
    {
        Assert.DoesNotContain(AzuriteServer.AccountKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain("devstoreaccount1", text, StringComparison.Ordinal);
        Assert.DoesNotContain(LocalGseServer.SecretId, text, StringComparison.Ordinal);
        Assert.DoesNotContain(LocalGseServer.SecretKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain(stack.Server.Address.Authority, text, StringComparison.Ordinal);
    }
}
