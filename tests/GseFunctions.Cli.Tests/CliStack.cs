using System.Security.Cryptography;
using System.Text;
using GseFunctions.Gse;
using GseFunctions.Testing;

namespace GseFunctions.Cli.Tests;

/// <summary>
/// One stack for the CLI tests: Azurite, the local GSE on the fast clock and the built self-host as a process, as the
/// tool meets them in a pipeline. Each test seeds its own alias and fleets on it.
/// </summary>
public sealed class CliStack : IAsyncLifetime
{
    private const string Hub = "CliHub";

    private AzuriteServer _azurite = null!;
    private LocalGseServer _gse = null!;
    private SelfHostProcess _host = null!;

    public GseClient Gse { get; private set; } = null!;

    public Uri Url => _host.Url;

    /// <summary>The master key the self-host takes (the key gsef is given).</summary>
    public static string MasterKey => SelfHostProcess.TestMasterKey;

    /// <summary>The Durable system key the management URIs carry (derived from the master key as the self-host does).</summary>
    public static string SystemKey { get; } =
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(MasterKey), Encoding.UTF8.GetBytes("durabletask_extension")));

    /// <summary>What the self-host wrote (for a failing test's message).</summary>
    public string HostOutput => _host.Output;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        _gse = await FastSimulation.StartServerAsync(new Dictionary<string, string?>
        {
            // Every test seeds two fleets of two instances; the default quota (20 instances) would run out.
            ["LocalGse:Simulation:InstanceQuota"] = "200",
            ["LocalGse:Simulation:FleetQuota"] = "100",
            ["LocalGse:Simulation:AliasQuota"] = "100",
            // Matches of 8–10 s real time: long enough that a rollout's drain shows sessions leaving the old fleet.
            ["LocalGse:Simulation:MatchLengthMin"] = "00:04:00",
            ["LocalGse:Simulation:MatchLengthMax"] = "00:05:00",
        });
        Gse = _gse.CreateClient();
        _host = await SelfHostProcess.StartAsync(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = _azurite.ConnectionString,
            ["AzureFunctionsJobHost__extensions__durableTask__hubName"] = Hub,
            ["AzureFunctionsJobHost__extensions__durableTask__storageProvider__partitionCount"] = "1",
            ["AzureFunctionsJobHost__extensions__durableTask__storageProvider__maxQueuePollingInterval"] = "00:00:01",
            ["DurableTask__LeaseInterval"] = "00:00:04",
            ["DurableTask__LeaseRenewInterval"] = "00:00:01",
            ["DurableTask__LeaseAcquireInterval"] = "00:00:01",
            ["DurableTask__ShutdownTimeout"] = "00:00:10",
            ["Gse__Endpoint"] = _gse.Address.ToString(),
            ["Gse__SecretId"] = LocalGseServer.SecretId,
            ["Gse__SecretKey"] = LocalGseServer.SecretKey,
            ["Gse__Region"] = "ap-shanghai",
            ["Gse__RetryBaseDelay"] = "00:00:00.050",
            ["Rollouts__TablePrefix"] = Hub,
        });
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_gse is not null)
        {
            await _gse.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    /// <summary>GSEF_URL and GSEF_KEY for this stack.</summary>
    public Dictionary<string, string?> Environment(string? key = null) => new()
    {
        ["GSEF_URL"] = Url.ToString(),
        ["GSEF_KEY"] = key ?? MasterKey,
    };
}
