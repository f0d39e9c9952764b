using GseFunctions.Testing;

namespace GseFunctions.SelfHost.Tests.Configuration;

/// <summary>The built self-host refuses to start with an unusable <c>Host:PublicBaseUrl</c>, naming the setting.</summary>
public sealed class PublicBaseUrlStartTests
{
    [Fact]
    public async Task SelfHost_WithARelativePublicBaseUrl_ExitsNamingTheSetting()
    {
        var environment = new Dictionary<string, string?>
        {
            ["Host__PublicBaseUrl"] = "/gse-relative-base",
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["Gse__Endpoint"] = "http://127.0.0.1:9/",
            ["Gse__SecretId"] = "AKIDTest",
            ["Gse__SecretKey"] = "TestKey",
        };
        await using var process = await SelfHostProcess.StartAsync(environment, readyLine: null);

        await process.WaitForOutputAsync("Host:PublicBaseUrl must be an absolute http or https URL", TimeSpan.FromSeconds(30));
        using var exited = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!process.HasExited)
        {
            await Task.Delay(50, exited.Token);
        }

        Assert.Equal(1, process.ExitCode);
        Assert.DoesNotContain("gse-relative-base", process.Output, StringComparison.Ordinal);
    }
}
