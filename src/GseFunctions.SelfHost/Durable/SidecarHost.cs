using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.Options;

namespace GseFunctions.SelfHost.Durable;

/// <summary>
/// Creates the task hub, then runs the gRPC sidecar (<see cref="TaskHubGrpcServer"/> over the Azure Storage
/// backend) in an inner web server of its own on a Unix domain socket, so the app's URLs stay the app's. Registered
/// before the Durable worker so the sidecar listens before the worker connects, and stops after it.
/// </summary>
internal sealed class SidecarHost(
    AzureStorageOrchestrationService service,
    ObservedOrchestrationService observed,
    SidecarLifetime sidecarLifetime,
    SidecarEndpoint endpoint,
    DurableBackendRole role,
    IOptions<DurableBackendOptions> options,
    IHostApplicationLifetime appLifetime,
    ILoggerFactory loggerFactory,
    ILogger<SidecarHost> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _server;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        Log.DurableBackendStarting(logger, settings.HubName, role, settings.PartitionCount, endpoint.SocketPath);
        await service.CreateIfNotExistsAsync().WaitAsync(cancellationToken);

        if (File.Exists(endpoint.SocketPath))
        {
            File.Delete(endpoint.SocketPath);
        }

        _server = BuildServer();
        _server.Services.GetRequiredService<TaskHubGrpcServer>();
        await _server.StartAsync(cancellationToken);
        sidecarLifetime.NotifyStarted();

        if (role == DurableBackendRole.ClientOnly)
        {
            Log.DurableBackendReady(logger, settings.HubName, role);
            return;
        }

        _ = observed.Started.ContinueWith(
            started =>
            {
                if (started.IsCompletedSuccessfully)
                {
                    Log.DurableBackendReady(logger, settings.HubName, role);
                }
                else
                {
                    Log.DurableBackendFailed(logger, started.Exception?.GetBaseException(), settings.HubName);
                    appLifetime.StopApplication();
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null)
        {
            await _server.StopAsync(cancellationToken);
        }

        sidecarLifetime.NotifyStopped();
        Log.DurableBackendStopped(logger, options.Value.HubName);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }

        try
        {
            File.Delete(endpoint.SocketPath);
        }
        catch (IOException)
        {
            // Best effort: a stale socket file is replaced at the next start.
        }
    }

    private WebApplication BuildServer()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            kestrel.ListenUnixSocket(endpoint.SocketPath, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddRouting();
        builder.Services.AddGrpc(grpc =>
        {
            grpc.MaxReceiveMessageSize = null;
            grpc.MaxSendMessageSize = null;
        });
        builder.Services.AddSingleton<IOrchestrationService>(observed);
        builder.Services.AddSingleton<IOrchestrationServiceClient>(service);
        builder.Services.Configure<TaskHubGrpcServerOptions>(o => o.Mode = role == DurableBackendRole.ClientOnly
            ? TaskHubGrpcServerMode.ApiServerOnly
            : TaskHubGrpcServerMode.ApiServerAndDispatcher);
        builder.Services.AddSingleton(sp => new TaskHubGrpcServer(
            sidecarLifetime,
            loggerFactory,
            sp.GetRequiredService<IOrchestrationService>(),
            sp.GetRequiredService<IOrchestrationServiceClient>(),
            sp.GetRequiredService<IOptions<TaskHubGrpcServerOptions>>()));
        var server = builder.Build();
        server.MapGrpcService<TaskHubGrpcServer>().DisableHttpMetrics(); // the worker-sidecar chatter is not the app's traffic
        return server;
    }
}
