using System.Globalization;
using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Hosting;
using GseFunctions.Rollouts.Starting;
using GseFunctions.SelfHost.Durable;
using GseFunctions.Testing;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace GseFunctions.Rollouts.Tests.Resilience;

/// <summary>
/// One task hub on a shared Azurite, its own local GSE on the fast clock (reached by the workers over HTTP), self-host
/// worker processes that execute the rollouts, and an in-test client-only host that starts and watches them through
/// the production <see cref="RolloutStarter"/> (alias lock on Azure Tables). Leases and queue visibility are seconds,
/// so a killed worker's partition and in-flight messages come back within a few seconds.
/// </summary>
internal sealed class WorkerHub : IAsyncDisposable
{
    /// <summary>Matches last 150-180 simulated seconds (5-6 s of real time), so the old fleet takes a moment to drain.</summary>
    private static readonly Dictionary<string, string?> Matches = new()
    {
        ["LocalGse:Simulation:MatchLengthMin"] = "00:02:30",
        ["LocalGse:Simulation:MatchLengthMax"] = "00:03:00",
    };

    private readonly AzuriteServer _azurite;
    private readonly int _partitions;
    private readonly List<SelfHostProcess> _workers = [];
    private readonly DurableTestHost _host;

    private WorkerHub(AzuriteServer azurite, string hubName, int partitions, LocalGseServer server, CrashAfterGseCall crash, DurableTestHost host)
    {
        _azurite = azurite;
        _partitions = partitions;
        _host = host;
        HubName = hubName;
        Server = server;
        Crash = crash;
        Gse = server.CreateClient();
        Admin = new LocalGseAdmin(server.Address);
    }

    public string HubName { get; }

    public LocalGseServer Server { get; }

    public GseClient Gse { get; }

    public LocalGseAdmin Admin { get; }

    public CrashAfterGseCall Crash { get; }

    public DurableTaskClient Client => _host.Client;

    public IReadOnlyList<SelfHostProcess> Workers => _workers;

    /// <summary>Rollout options for these tests: the starter's 1-second poll floor, short growth, generous timeouts.</summary>
    public static RolloutOptions Options => new()
    {
        PollInterval = TimeSpan.FromSeconds(1),
        MaxPollInterval = TimeSpan.FromSeconds(2),
        ReadinessTimeout = TimeSpan.FromSeconds(90),
        SmokeTestTimeout = TimeSpan.FromSeconds(30),
        ApprovalTimeout = TimeSpan.FromSeconds(90),
        DrainTimeout = TimeSpan.FromSeconds(90),
    };

    /// <summary>Starts the local GSE and the client-only host on a fresh hub named <paramref name="name"/> plus a random suffix.</summary>
    public static async Task<WorkerHub> StartAsync(AzuriteServer azurite, string name, int partitions = 1)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var hubName = name + Guid.NewGuid().ToString("N")[..8];
        var crash = new CrashAfterGseCall();
        var server = await FastSimulation.StartServerAsync(Matches, crash.Configure);
        try
        {
            var host = await DurableTestHost.StartAsync(
                azurite.ConnectionString,
                hubName,
                RolloutTasks.Register,
                DurableBackendRole.ClientOnly,
                builder => builder.Services.AddRollouts(),
                new Dictionary<string, string?>
                {
                    [DurableBackendConfigurationKeys.PartitionCount] = partitions.ToString(CultureInfo.InvariantCulture),
                    ["Gse:Endpoint"] = server.Address.ToString(),
                    ["Gse:SecretId"] = LocalGseServer.SecretId,
                    ["Gse:SecretKey"] = LocalGseServer.SecretKey,
                    ["Gse:Region"] = "ap-shanghai",
                    ["Rollouts:TablePrefix"] = hubName,
                });
            return new WorkerHub(azurite, hubName, partitions, server, crash, host);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts a self-host worker process on the hub and waits until its backend is up.</summary>
    public async Task<SelfHostProcess> StartWorkerAsync()
    {
        var worker = await SelfHostProcess.StartAsync(WorkerEnvironment());
        _workers.Add(worker);
        return worker;
    }

    /// <summary>The seed's scenario with FullProtection fleets and no sessions yet (<see cref="CreateSessionsAsync"/> adds them when they should be fresh).</summary>
    public Task<RolloutSeed> SeedAsync(bool withFleet2) => RolloutSeed.CreateAsync(Gse, "FullProtection", sessions: 0, withFleet2);

    /// <summary>Creates sessions through the alias; each lasts 5-6 s of real time.</summary>
    public async Task CreateSessionsAsync(string aliasId, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Gse.CreateGameServerSessionAsync(new CreateGameServerSessionRequest { AliasId = aliasId, MaximumPlayerSessionCount = 4, Name = $"match {i}" });
        }
    }

    /// <summary>Starts a rollout of the seed's alias to a new fleet (a copy of fleet 1 with the seed's asset) through the starter.</summary>
    public async Task<string> StartRolloutAsync(RolloutSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var starter = _host.Services.GetRequiredService<RolloutStarter>();
        var started = await starter.StartAsync(Client, new RolloutRequest
        {
            AliasId = seed.AliasId,
            NewFleet = new NewFleetSpec { AssetId = seed.AssetId },
            Options = Options,
        });
        Assert.Equal(RolloutStartDisposition.Started, started.Disposition);
        return started.InstanceId;
    }

    /// <summary>The rollout's custom status, or null before the first one.</summary>
    public async Task<RolloutStatus?> StatusAsync(string id) =>
        (await Client.GetInstanceAsync(id, getInputsAndOutputs: true))?.ReadCustomStatusAs<RolloutStatus>();

    /// <summary>Polls the custom status (every 20 ms) until it shows <paramref name="phase"/>.</summary>
    public async Task WaitForPhaseAsync(string id, RolloutPhase phase, TimeSpan timeout)
    {
        RolloutStatus? last = null;
        using var cts = new CancellationTokenSource(timeout);
        while ((last = await StatusAsync(id))?.Phase != phase)
        {
            if (cts.IsCancellationRequested)
            {
                throw new TimeoutException($"{id} did not reach {phase} within {timeout} (last seen {last?.Phase}).");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Waits until the rollout's orchestration completes and answers its result.</summary>
    public async Task<RolloutResult> CompleteAsync(string id, TimeSpan timeout) =>
        (await RolloutCompletion.WaitAsync(Client, id, timeout, () => WorkerOutputTail())).Result;

    /// <summary>Every fleet the local GSE knows, read the way the rollout reads them.</summary>
    public async Task<IReadOnlyList<FleetObservation>> FleetsAsync()
    {
        var ids = (await Gse.ListFleetsAsync(new ListFleetsRequest { Limit = 100 })).FleetIds ?? [];
        var fleets = new List<FleetObservation>();
        foreach (var id in ids)
        {
            fleets.Add(await RolloutSeed.ObserveAsync(Gse, id));
        }

        return fleets;
    }

    /// <summary>Whether a fleet counts as live (not deleting, terminated or gone).</summary>
    public static bool IsLive(FleetObservation fleet)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        return fleet.Exists && fleet.Status is not ("DELETING" or "TERMINATED");
    }

    /// <summary>The last lines of every worker's output, for failure messages.</summary>
    public string WorkerOutputTail(int characters = 4000) => string.Join(
        Environment.NewLine,
        _workers.Select((w, i) => $"--- worker {i} (pid {w.Id}, exited {w.HasExited}) ---{Environment.NewLine}{w.Output[Math.Max(0, w.Output.Length - characters)..]}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            await worker.DisposeAsync();
        }

        await _host.DisposeAsync();
        Admin.Dispose();
        await Server.DisposeAsync();
    }

    private Dictionary<string, string?> WorkerEnvironment() => new()
    {
        ["AzureWebJobsStorage"] = _azurite.ConnectionString,
        ["AzureFunctionsJobHost__extensions__durableTask__hubName"] = HubName,
        ["AzureFunctionsJobHost__extensions__durableTask__storageProvider__partitionCount"] = _partitions.ToString(CultureInfo.InvariantCulture),
        ["AzureFunctionsJobHost__extensions__durableTask__storageProvider__maxQueuePollingInterval"] = "00:00:01",
        // A dead worker's dequeued messages (an activity in flight, a batch mid-episode) come back after this long.
        ["AzureFunctionsJobHost__extensions__durableTask__storageProvider__controlQueueVisibilityTimeout"] = "00:00:05",
        ["AzureFunctionsJobHost__extensions__durableTask__storageProvider__workItemQueueVisibilityTimeout"] = "00:00:05",
        ["DurableTask__LeaseInterval"] = "00:00:04",
        ["DurableTask__LeaseRenewInterval"] = "00:00:01",
        ["DurableTask__LeaseAcquireInterval"] = "00:00:01",
        ["DurableTask__ShutdownTimeout"] = "00:00:10",
        ["Gse__Endpoint"] = Server.Address.ToString(),
        ["Gse__SecretId"] = LocalGseServer.SecretId,
        ["Gse__SecretKey"] = LocalGseServer.SecretKey,
        ["Gse__Region"] = "ap-shanghai",
        ["Rollouts__TablePrefix"] = HubName,
        // One line per GSE call: shows which worker executed activities.
        ["Logging__LogLevel__System.Net.Http.HttpClient.GseClient.LogicalHandler"] = "Information",
    };
}
