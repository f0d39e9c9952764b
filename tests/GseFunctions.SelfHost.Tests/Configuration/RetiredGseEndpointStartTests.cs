using System.Net;
using System.Text.Json;
using GseFunctions.Testing;

namespace GseFunctions.SelfHost.Tests.Configuration;

/// <summary>
/// The built self-host on the default Gse:Endpoint (Tencent's public GSE, taken offline) starts, warns once, and its
/// readiness payload names the retired endpoint.
/// </summary>
public sealed class RetiredGseEndpointStartTests : IAsyncLifetime
{
    private AzuriteServer _azurite = null!;

    public async Task InitializeAsync() => _azurite = await AzuriteServer.StartAsync();

    public async Task DisposeAsync() => await _azurite.DisposeAsync();

    [Fact]
    public async Task SelfHost_OnTheDefaultEndpoint_WarnsAndReadinessNamesIt()
    {
        const string secretKey = "retired-endpoint-process-secret";
        await using var process = await SelfHostProcess.StartAsync(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = _azurite.ConnectionString,
            ["AzureFunctionsJobHost__extensions__durableTask__hubName"] = "RetiredHub",
            ["AzureFunctionsJobHost__extensions__durableTask__storageProvider__partitionCount"] = "1",
            ["Gse__SecretId"] = "AKIDRetiredProcess",
            ["Gse__SecretKey"] = secretKey,
            ["Gse__MaxRetryAttempts"] = "0",
            ["Gse__Timeout"] = "00:00:02",
        });
        using var http = new HttpClient { BaseAddress = process.Url };

        var response = await http.GetAsync(new Uri("/api/health", UriKind.Relative));

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var gse = JsonDocument.Parse(text).RootElement.GetProperty("checks").GetProperty("gse");
        Assert.StartsWith("Gse:Endpoint is the retired public GSE (gse.tencentcloudapi.com), which Tencent has taken offline", gse.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Single(process.Output.Split('\n'), l => l.Contains("the public GSE endpoint, which Tencent has taken offline", StringComparison.Ordinal));
        Assert.DoesNotContain(secretKey, process.Output + text, StringComparison.Ordinal);
    }
}
