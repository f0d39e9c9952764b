using GseFunctions.SelfHost.Durable;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GseFunctions.Testing;

/// <summary>
/// An in-process host with the production Durable backend (<see cref="DurableBackendHostBuilderExtensions.AddDurableBackend"/>)
/// tuned for tests: one partition, 1-second queue polling, 4-second leases renewed every second, a 10-second
/// shutdown bound. Every setting can be overridden through <c>settings</c>.
/// </summary>
public sealed class DurableTestHost : IAsyncDisposable
{
    private DurableTestHost(IHost host) => Host = host;

    public IHost Host { get; }

    public IServiceProvider Services => Host.Services;

    public DurableTaskClient Client => Host.Services.GetRequiredService<DurableTaskClient>();

    /// <summary>The test defaults, as configuration keys.</summary>
    public static IReadOnlyDictionary<string, string?> TestSettings(string connectionString, string hubName) => new Dictionary<string, string?>
    {
        ["AzureWebJobsStorage"] = connectionString,
        [DurableBackendConfigurationKeys.HubName] = hubName,
        [DurableBackendConfigurationKeys.PartitionCount] = "1",
        [DurableBackendConfigurationKeys.MaxQueuePollingInterval] = "00:00:01",
        [DurableBackendConfigurationKeys.LeaseInterval] = "00:00:04",
        [DurableBackendConfigurationKeys.LeaseRenewInterval] = "00:00:01",
        [DurableBackendConfigurationKeys.LeaseAcquireInterval] = "00:00:01",
        [DurableBackendConfigurationKeys.ShutdownTimeout] = "00:00:10",
        [DurableBackendConfigurationKeys.HostJsonPath] = "no-host.json",
    };

    /// <summary>Builds and starts a host; the caller disposes it.</summary>
    /// <param name="connectionString">Storage connection string (an <see cref="AzuriteServer"/>'s).</param>
    /// <param name="hubName">Task hub name; give each test class its own.</param>
    /// <param name="registerTasks">The orchestrators and activities to run (ignored for <see cref="DurableBackendRole.ClientOnly"/>).</param>
    /// <param name="role">Worker and client (default) or client only.</param>
    /// <param name="configure">Further services or configuration.</param>
    /// <param name="settings">Configuration keys overriding the test defaults.</param>
    public static async Task<DurableTestHost> StartAsync(
        string connectionString,
        string hubName,
        Action<DurableTaskRegistry> registerTasks,
        DurableBackendRole role = DurableBackendRole.WorkerAndClient,
        Action<IHostApplicationBuilder>? configure = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(TestSettings(connectionString, hubName));
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddDurableBackend(registerTasks, role);
        configure?.Invoke(builder);
        var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new DurableTestHost(host);
    }

    /// <summary>Graceful stop.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => Host.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Host.StopAsync();
        }
        catch (OperationCanceledException)
        {
        }

        if (Host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else
        {
            Host.Dispose();
        }
    }
}
