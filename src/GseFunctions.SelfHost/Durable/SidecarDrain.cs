using Microsoft.Extensions.Options;

namespace GseFunctions.SelfHost.Durable;

/// <summary>
/// First step of a graceful stop (registered after the worker, so stopped before it): the sidecar's dispatchers
/// stop fetching, the backend drains in-flight work on the still-connected worker and releases its partition leases,
/// so another process can take over at once instead of waiting for the leases to expire.
/// </summary>
internal sealed class SidecarDrain(
    ObservedOrchestrationService observed,
    SidecarLifetime sidecarLifetime,
    IOptions<DurableBackendOptions> options,
    TimeProvider timeProvider,
    ILogger<SidecarDrain> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        sidecarLifetime.StopApplication();
        if (!observed.WasStarted)
        {
            return;
        }

        try
        {
            // The sidecar's dispatchers wait for their pending fetch before anything else, and only the backend's
            // shutdown cancels that fetch; stopping the backend here (it drains its in-flight sessions first, as DTFx's
            // own worker does) is what lets the dispatchers finish.
            await observed.StopAsync().WaitAsync(cancellationToken);
            await observed.Stopped.WaitAsync(cancellationToken);
            Log.DispatchersDrained(logger, options.Value.HubName, timeProvider.GetElapsedTime(started));
        }
        catch (OperationCanceledException)
        {
            Log.DrainTimedOut(logger, options.Value.HubName, timeProvider.GetElapsedTime(started));
        }
        catch (Exception ex)
        {
            Log.DrainFailed(logger, ex, options.Value.HubName);
        }
    }
}
