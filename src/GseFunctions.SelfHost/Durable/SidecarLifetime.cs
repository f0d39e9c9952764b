namespace GseFunctions.SelfHost.Durable;

/// <summary>
/// The lifetime the gRPC sidecar sees. The sidecar starts its dispatchers on "started" and drains them on
/// "stopping"; giving it a lifetime of its own lets the host drain them while the worker is still connected (so
/// in-flight work items complete) instead of whenever the sidecar's web server happens to stop.
/// </summary>
internal sealed class SidecarLifetime : IHostApplicationLifetime, IDisposable
{
    private readonly CancellationTokenSource _started = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _stopped = new();

    public CancellationToken ApplicationStarted => _started.Token;

    public CancellationToken ApplicationStopping => _stopping.Token;

    public CancellationToken ApplicationStopped => _stopped.Token;

    public void NotifyStarted() => Signal(_started);

    public void StopApplication() => Signal(_stopping);

    public void NotifyStopped() => Signal(_stopped);

    public void Dispose()
    {
        _started.Dispose();
        _stopping.Dispose();
        _stopped.Dispose();
    }

    private static void Signal(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Disposed during shutdown: nobody is listening any more.
        }
    }
}
