using GseFunctions.Gse;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Hosting;
using GseFunctions.Rollouts.Starting;
using GseFunctions.Testing;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace GseFunctions.Rollouts.Tests;

/// <summary>
/// The production composition in process: the rollout worker and client on the Durable Task Azure Storage backend
/// (Azurite), the rollout services (<see cref="RolloutsServiceCollectionExtensions.AddRollouts"/>: GSE client, alias
/// lock and schedule tables), and a fast local GSE over HTTP. One stack per test; each gets its own task hub and tables.
/// </summary>
internal sealed class RolloutStack : IAsyncDisposable
{
    private RolloutStack(LocalGseServer server, DurableTestHost host, string hub)
    {
        Server = server;
        Host = host;
        Hub = hub;
        Gse = server.CreateClient();
        Admin = new LocalGseAdmin(server.Address);
    }

    public LocalGseServer Server { get; }

    public DurableTestHost Host { get; }

    public string Hub { get; }

    public GseClient Gse { get; }

    public LocalGseAdmin Admin { get; }

    public DurableTaskClient Client => Host.Client;

    public RolloutStarter Starter => Host.Services.GetRequiredService<RolloutStarter>();

    /// <summary>Rollout options for tests on this stack (the validator's 1-second poll floor applies).</summary>
    public static RolloutOptions Options => new()
    {
        PollInterval = TimeSpan.FromSeconds(1),
        MaxPollInterval = TimeSpan.FromSeconds(2),
        ReadinessTimeout = TimeSpan.FromSeconds(30),
        DrainTimeout = TimeSpan.FromMinutes(2),
    };

    public static async Task<RolloutStack> StartAsync(string connectionString, IDictionary<string, string?>? gseSettings = null)
    {
        var server = await FastSimulation.StartServerAsync(gseSettings);
        var hub = "H" + Guid.NewGuid().ToString("N")[..12];
        var host = await DurableTestHost.StartAsync(
            connectionString,
            hub,
            RolloutTasks.Register,
            configure: b => b.Services.AddRollouts(),
            settings: new Dictionary<string, string?>
            {
                ["Gse:Endpoint"] = server.Address.ToString(),
                ["Gse:SecretId"] = LocalGseServer.SecretId,
                ["Gse:SecretKey"] = LocalGseServer.SecretKey,
                ["Gse:Region"] = "ap-shanghai",
                ["Gse:RetryBaseDelay"] = "00:00:00.050",
                ["Rollouts:TablePrefix"] = hub,
            });
        return new RolloutStack(server, host, hub);
    }

    public Task<(RolloutResult Result, OrchestrationMetadata Metadata)> CompleteAsync(string id, TimeSpan? timeout = null) =>
        RolloutCompletion.WaitAsync(Client, id, timeout ?? TimeSpan.FromSeconds(90));

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await Host.DisposeAsync();
        await Server.DisposeAsync();
    }
}
