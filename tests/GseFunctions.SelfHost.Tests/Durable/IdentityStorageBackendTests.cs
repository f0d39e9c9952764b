using GseFunctions.Testing;

namespace GseFunctions.SelfHost.Tests.Durable;

/// <summary>
/// The Durable backend on an identity-based connection: DTFx's clients are built from the account's endpoints (no
/// Azure AD here, so nothing is called), and incomplete settings stop the process with one line naming the key.
/// </summary>
public sealed class IdentityStorageBackendTests
{
    [Fact]
    public void AccountName_BuildsDtfxClientsOnTheAccountsEndpoints()
    {
        var settings = DurableBackendConfigurationTests.BuildSettings(new Dictionary<string, string?>
        {
            ["HostJsonPath"] = Path.Combine(AppContext.BaseDirectory, "none.json"),
            ["AzureWebJobsStorage:accountName"] = "gsefprod01",
            ["AzureWebJobsStorage:credential"] = "managedidentity",
            ["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-0000000000c1",
        });

        var provider = settings.StorageAccountClientProvider!;
        Assert.Equal(new Uri("https://gsefprod01.blob.core.windows.net"), provider.Blob.CreateClient(provider.Blob.CreateOptions()).Uri);
        Assert.Equal(new Uri("https://gsefprod01.queue.core.windows.net"), provider.Queue.CreateClient(provider.Queue.CreateOptions()).Uri);
        var table = provider.Table.CreateClient(provider.Table.CreateOptions());
        Assert.Equal(new Uri("https://gsefprod01.table.core.windows.net"), table.Uri);
        Assert.Equal("gsefprod01", table.AccountName);
    }

    [Fact]
    public void ServiceUris_BuildDtfxClientsOnThoseEndpoints()
    {
        var settings = DurableBackendConfigurationTests.BuildSettings(new Dictionary<string, string?>
        {
            ["HostJsonPath"] = Path.Combine(AppContext.BaseDirectory, "none.json"),
            ["AzureWebJobsStorage:blobServiceUri"] = "https://blobs.example.net/",
            ["AzureWebJobsStorage:queueServiceUri"] = "https://queues.example.net/",
            ["AzureWebJobsStorage:tableServiceUri"] = "https://tables.example.net/",
        });

        var provider = settings.StorageAccountClientProvider!;
        Assert.Equal(new Uri("https://blobs.example.net/"), provider.Blob.CreateClient(provider.Blob.CreateOptions()).Uri);
        Assert.Equal(new Uri("https://queues.example.net/"), provider.Queue.CreateClient(provider.Queue.CreateOptions()).Uri);
        Assert.Equal(new Uri("https://tables.example.net/"), provider.Table.CreateClient(provider.Table.CreateOptions()).Uri);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage__credential", "managedidentity", "AzureWebJobsStorage__accountName is missing")]
    [InlineData("AzureWebJobsStorage__tableServiceUri", "https://tables.example.net/", "AzureWebJobsStorage__blobServiceUri is missing")]
    [InlineData("AzureWebJobsStorage", "", "AzureWebJobsStorage: no storage connection string or identity-based connection is configured")]
    public async Task Process_WithIncompleteStorageSettings_ExitsWithOneLineNamingTheKey(string key, string value, string expected)
    {
        var environment = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "",
            [key] = value,
            ["Gse__Endpoint"] = "http://127.0.0.1:9/",
            ["Gse__SecretId"] = "AKIDTest",
            ["Gse__SecretKey"] = "TestKey",
        };
        await using var process = await SelfHostProcess.StartAsync(environment, readyLine: null);

        await process.WaitForOutputAsync(expected, TimeSpan.FromSeconds(30));
        using var exited = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!process.HasExited)
        {
            await Task.Delay(50, exited.Token);
        }

        Assert.Equal(1, process.ExitCode);
        var lines = process.Output.Split('\n').Where(l => l.Contains(expected, StringComparison.Ordinal)).ToList();
        Assert.Single(lines);
        Assert.StartsWith("GseFunctions.SelfHost: invalid configuration: ", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Durable backend ready", process.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", process.Output, StringComparison.Ordinal);
    }
}
