using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using GseFunctions.SelfHost.Configuration;
using GseFunctions.Testing;
using Microsoft.Extensions.Configuration;

namespace GseFunctions.SelfHost.Tests.Configuration;

/// <summary>
/// The self-host refuses the repository's published keys when it listens beyond loopback, and the local GSE's
/// development credentials for a GSE endpoint off loopback: one line each, exit 1, no value printed. Local runs from
/// the sample settings (loopback) are untouched.
/// </summary>
public sealed partial class ProductionGuardTests
{
    private const string SampleMasterKey = "LOCAL-ONLY-master-key-not-a-secret-change-me";
    private const string OwnKey = "an-own-secret-key-0123456789abcdef0123456789";

    private static readonly string SamplePath = Path.Combine(RepositoryPaths.Root, "local.settings.sample.json");

    [Fact]
    public void PublishedKeys_AreExactlyTheKeysInTheSampleSettingsAndReadme()
    {
        var sample = LocalSettingsConfiguration.Read(SamplePath);
        var inSample = sample.Where(s => s.Key.StartsWith("Auth:", StringComparison.OrdinalIgnoreCase)).Select(s => s.Value!);
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var inReadme = ReadmeKeyAssignment().Matches(readme).Select(m => m.Groups["value"].Value).Where(v => !v.StartsWith('<') && !v.StartsWith('$'));

        Assert.Equal(inSample.Concat(inReadme).Distinct().Order(StringComparer.Ordinal), ProductionGuard.PublishedKeys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LocalGseDevelopmentCredentials_AreTheOnesTheSampleAndReadmePublish()
    {
        var sample = LocalSettingsConfiguration.Read(SamplePath);
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

        Assert.Equal(ProductionGuard.LocalGseDevelopmentSecretId, sample["Gse:SecretId"]);
        Assert.Equal(ProductionGuard.LocalGseDevelopmentSecretKey, sample["Gse:SecretKey"]);
        Assert.Contains($"| `GSE_SECRET_ID` | `{ProductionGuard.LocalGseDevelopmentSecretId}` |", readme, StringComparison.Ordinal);
        Assert.Contains($"| `GSE_SECRET_KEY` | `{ProductionGuard.LocalGseDevelopmentSecretKey}` |", readme, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)] // the self-host's default: http://127.0.0.1:7071
    [InlineData("http://127.0.0.1:7071")]
    [InlineData("http://localhost:7071;http://[::1]:7072")]
    public void Check_SampleSettingsOnLoopback_PassesAsLocalRunsNeed(string? urls)
    {
        var settings = LocalSettingsConfiguration.Read(SamplePath);
        settings["urls"] = urls;

        Assert.Empty(ProductionGuard.Check(Build(settings)));
    }

    [Theory]
    [InlineData("urls", "http://0.0.0.0:8080")]
    [InlineData("urls", "http://127.0.0.1:7071;http://*:8080")]
    [InlineData("urls", "http://+:8080")]
    [InlineData("urls", "http://[::]:8080")]
    [InlineData("urls", "http://gse.example.com:8080")]
    [InlineData("http_ports", "8080")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:8080")]
    public void Check_SampleKeysBeyondLoopback_RefusesEachNamingTheKey(string key, string value)
    {
        var settings = LocalSettingsConfiguration.Read(SamplePath);
        settings[key] = value;

        var failures = ProductionGuard.Check(Build(settings));

        Assert.Equal(2, failures.Count);
        Assert.StartsWith("Auth:MasterKey is a key published in local.settings.sample.json", failures[0], StringComparison.Ordinal);
        Assert.StartsWith("Auth:FunctionKeys:default is a key published", failures[1], StringComparison.Ordinal);
        Assert.All(failures, f => Assert.DoesNotContain("LOCAL-ONLY", f, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_OwnKeysBeyondLoopback_Pass()
    {
        var failures = ProductionGuard.Check(Build(new()
        {
            ["http_ports"] = "8080",
            ["Auth:MasterKey"] = OwnKey,
            ["Auth:FunctionKeys:default"] = OwnKey + "-f",
            ["Gse:Endpoint"] = "https://gse.example.com/",
            ["Gse:SecretId"] = "AKIDOwn",
            ["Gse:SecretKey"] = "own-secret",
        }));

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("https://gse.example.com/")]
    [InlineData("http://10.0.0.5:5080/")]
    [InlineData(null)] // the default, the retired public GSE
    public void Check_DevelopmentGseCredentialsOffLoopback_AreRefusedWhereverTheSelfHostListens(string? endpoint)
    {
        var failures = ProductionGuard.Check(Build(new()
        {
            ["Gse:Endpoint"] = endpoint,
            ["Gse:SecretId"] = ProductionGuard.LocalGseDevelopmentSecretId,
            ["Gse:SecretKey"] = ProductionGuard.LocalGseDevelopmentSecretKey,
        }));

        Assert.Equal(2, failures.Count);
        Assert.StartsWith("Gse:SecretId is the local GSE's published development key id", failures[0], StringComparison.Ordinal);
        Assert.StartsWith("Gse:SecretKey is the local GSE's published development key", failures[1], StringComparison.Ordinal);
        Assert.All(failures, f => Assert.DoesNotContain(ProductionGuard.LocalGseDevelopmentSecretKey, f, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080/")]
    [InlineData("http://localhost:5080/")]
    [InlineData("http://[::1]:5080/")]
    public void Check_DevelopmentGseCredentialsOnLoopback_Pass(string endpoint) =>
        Assert.Empty(ProductionGuard.Check(Build(new()
        {
            ["Gse:Endpoint"] = endpoint,
            ["Gse:SecretId"] = ProductionGuard.LocalGseDevelopmentSecretId,
            ["Gse:SecretKey"] = ProductionGuard.LocalGseDevelopmentSecretKey,
        })));

    [Fact]
    public async Task Process_OnAllInterfacesWithTheSampleMasterKey_ExitsWithOneLineAndNoKey()
    {
        var environment = new Dictionary<string, string?>
        {
            ["Auth__MasterKey"] = SampleMasterKey,
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["Gse__Endpoint"] = "http://127.0.0.1:9/",
            ["Gse__SecretId"] = "AKIDTest",
            ["Gse__SecretKey"] = "TestKey",
        };
        await using var process = await SelfHostProcess.StartAsync(environment, new Uri($"http://0.0.0.0:{FreePort()}"), readyLine: null);

        await AssertRefusedAsync(process, "GseFunctions.SelfHost: refusing to start: Auth:MasterKey is a key published in local.settings.sample.json");
        Assert.DoesNotContain(SampleMasterKey, process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_WithDevelopmentGseCredentialsForARemoteEndpoint_ExitsWithOneLineAndNoKey()
    {
        var environment = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["Gse__Endpoint"] = "https://gse.example.com/",
            ["Gse__SecretId"] = "AKIDOwnId",
            ["Gse__SecretKey"] = ProductionGuard.LocalGseDevelopmentSecretKey,
        };
        await using var process = await SelfHostProcess.StartAsync(environment, readyLine: null);

        await AssertRefusedAsync(process, "GseFunctions.SelfHost: refusing to start: Gse:SecretKey is the local GSE's published development key");
        Assert.DoesNotContain(ProductionGuard.LocalGseDevelopmentSecretKey, process.Output, StringComparison.Ordinal);
    }

    private static async Task AssertRefusedAsync(SelfHostProcess process, string line)
    {
        await process.WaitForOutputAsync(line, TimeSpan.FromSeconds(30));
        using var exited = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!process.HasExited)
        {
            await Task.Delay(50, exited.Token);
        }

        Assert.Equal(1, process.ExitCode);
        Assert.Single(process.Output.Split('\n'), l => l.Contains(line, StringComparison.Ordinal));
        Assert.Single(process.Output.Split('\n'), l => l.Contains("refusing to start", StringComparison.Ordinal));
        Assert.DoesNotContain("Now listening", process.Output, StringComparison.Ordinal);
    }

    private static IConfiguration Build(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Any, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // Auth__MasterKey=value, "Auth__FunctionKeys__x": "value", MASTER_KEY='value' in a README snippet.
    [GeneratedRegex("""(?:Auth__\w+|MASTER_KEY|FUNCTION_KEY)["']?\s*[:=]\s*["'](?<value>[^"'\s]+)["']""")]
    private static partial Regex ReadmeKeyAssignment();
}
