using DurableTask.AzureStorage;
using GseFunctions.Rollouts.Hosting;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GseFunctions.SelfHost.Durable;

/// <summary>Adds the self-hosted Durable Task backend: DTFx Azure Storage behind an in-process gRPC sidecar.</summary>
public static class DurableBackendHostBuilderExtensions
{
    /// <summary>
    /// Adds the Durable backend to the host: loads host.json (configuration key <c>HostJsonPath</c>, default
    /// <c>host.json</c> in the content root, optional) below the app's own configuration; binds and validates
    /// <see cref="DurableBackendOptions"/> at start (bad values fail the start with the key named); creates the task hub
    /// if needed; runs the gRPC sidecar on a Unix domain socket of its own (the app's URLs are untouched); and
    /// registers a <see cref="DurableTaskClient"/> and, for <see cref="DurableBackendRole.WorkerAndClient"/>, a worker
    /// running the tasks <paramref name="registerTasks"/> adds; both serialize the Durable payloads with
    /// <see cref="DurablePayloadJson.Converter"/> (camelCase, reading the older PascalCase too). A graceful stop drains the dispatchers (in-flight work
    /// finishes, partition leases are released), then stops the worker and the sidecar, within
    /// <see cref="DurableBackendOptions.ShutdownTimeout"/>.
    /// </summary>
    /// <param name="builder">The host builder.</param>
    /// <param name="registerTasks">Registers the orchestrators and activities this process runs.</param>
    /// <param name="role">Whether this process executes work or only drives it. Default <see cref="DurableBackendRole.WorkerAndClient"/>.</param>
    /// <returns>The options builder, for code-side adjustments (applied after configuration).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="registerTasks"/> is null.</exception>
    public static OptionsBuilder<DurableBackendOptions> AddDurableBackend(
        this IHostApplicationBuilder builder,
        Action<DurableTaskRegistry> registerTasks,
        DurableBackendRole role = DurableBackendRole.WorkerAndClient)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(registerTasks);

        HostJsonConfiguration.Add(builder.Configuration, builder.Environment.ContentRootPath);
        var services = builder.Services;
        var options = services.AddOptions<DurableBackendOptions>().ValidateOnStart();
        services.AddSingleton<IConfigureOptions<DurableBackendOptions>, DurableBackendOptionsSetup>();
        services.AddSingleton<IValidateOptions<DurableBackendOptions>, DurableBackendOptionsValidator>();
        // Read without validation: the host resolves HostOptions while it is built, and a bad value must fail the
        // start (with every problem named), not the build.
        services.AddOptions<HostOptions>().Configure<IConfiguration>(static (host, configuration) =>
        {
            var durable = new DurableBackendOptions();
            new DurableBackendOptionsSetup(configuration).Configure(durable);
            if (durable.ShutdownTimeout > TimeSpan.Zero)
            {
                host.ShutdownTimeout = durable.ShutdownTimeout;
            }
        });
        services.TryAddSingleton(TimeProvider.System);

        var socketPath = builder.Configuration[DurableBackendConfigurationKeys.SidecarSocketPath];
        var endpoint = new SidecarEndpoint(string.IsNullOrWhiteSpace(socketPath) ? SidecarEndpoint.NewSocketPath() : socketPath);
        services.AddSingleton(_ => endpoint);
        services.AddSingleton(sp => new AzureStorageOrchestrationService(AzureStorageBackendFactory.CreateSettings(
            sp.GetRequiredService<IOptions<DurableBackendOptions>>().Value,
            sp.GetRequiredService<ILoggerFactory>())));
        services.AddSingleton(sp => new ObservedOrchestrationService(sp.GetRequiredService<AzureStorageOrchestrationService>()));
        services.AddSingleton<SidecarLifetime>();
        services.AddHostedService(sp => ActivatorUtilities.CreateInstance<SidecarHost>(sp, role));

        if (role == DurableBackendRole.WorkerAndClient)
        {
            services.AddDurableTaskWorker(worker =>
            {
                worker.AddTasks(registerTasks);
                worker.UseGrpc(endpoint.Channel);
                worker.Configure(o => o.DataConverter = DurablePayloadJson.Converter);
            });
        }

        services.AddHostedService<SidecarDrain>();
        services.AddDurableTaskClient(client =>
        {
            client.UseGrpc(endpoint.Channel);
            client.Configure(o => o.DataConverter = DurablePayloadJson.Converter);
        });
        return options;
    }
}
