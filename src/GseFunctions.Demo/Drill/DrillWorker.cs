using System.Diagnostics;
using GseFunctions.Demo.Stack;

namespace GseFunctions.Demo.Drill;

/// <summary>
/// One self-host worker of the drill: started, killed with SIGKILL (<see cref="Process.Kill(bool)"/> sends SIGKILL on
/// Linux: no shutdown hook runs, no lease is released) and started again on the same port, task hub and storage.
/// </summary>
internal sealed class DrillWorker(int number, Uri baseUri, ProcessStartInfo start) : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private ChildProcess? _process;
    private volatile bool _live;

    /// <summary>1, 2 or 3.</summary>
    public int Number => number;

    public Uri BaseUri => baseUri;

    /// <summary>Serving: started and answered its health check, not being killed.</summary>
    public bool IsLive => _live;

    public int Starts { get; private set; }

    public ChildProcess? Process => _process;

    /// <summary>Starts the process and waits until <c>GET /api/health/live</c> answers 200.</summary>
    /// <exception cref="StackStartException">It exited or did not answer in time.</exception>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _process = ChildProcess.Start($"worker {number}", start);
        Starts++;
        await Readiness.HttpOkAsync(_process, new Uri(baseUri, "api/health/live"), StartTimeout, cancellationToken);
        _live = true;
    }

    /// <summary>Takes the worker out of the players' rotation, then SIGKILLs it and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _live = false;
        if (_process is { } process)
        {
            _process = null;
            await process.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync() => await KillAsync();
}
