using GseFunctions.Testing;

namespace GseFunctions.SelfHost.Tests.Configuration;

/// <summary>The built self-host refuses to start without a usable master key, naming the setting and never its value.</summary>
public sealed class MasterKeyStartTests
{
    [Theory]
    [InlineData("", "Auth:MasterKey is required")]
    [InlineData("short-key-value-17", "Auth:MasterKey must be at least 32 characters")]
    public async Task SelfHost_WithoutAUsableMasterKey_ExitsNamingTheSetting(string masterKey, string expected)
    {
        var environment = new Dictionary<string, string?>
        {
            ["Auth__MasterKey"] = masterKey,
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
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
        Assert.DoesNotContain("Durable backend ready", process.Output, StringComparison.Ordinal);
        if (masterKey.Length > 0)
        {
            Assert.DoesNotContain(masterKey, process.Output, StringComparison.Ordinal);
        }
    }
}
