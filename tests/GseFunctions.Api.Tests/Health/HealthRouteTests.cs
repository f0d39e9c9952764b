using System.Net;
using System.Text.Json;
using GseFunctions.Api.Tests.Sessions;
using GseFunctions.Testing;

namespace GseFunctions.Api.Tests.Health;

public sealed class HealthRouteTests(StackFixture fixture) : IClassFixture<StackFixture>
{
    [Fact]
    public async Task Health_StorageAndGseReachable_Answers200WithoutAKey()
    {
        using var http = fixture.Stack.Anonymous();

        var response = await http.GetAsync("/api/health");

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
