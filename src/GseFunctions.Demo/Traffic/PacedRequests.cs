using System.Collections.Concurrent;

namespace GseFunctions.Demo.Traffic;

/// <summary>
/// Sends requests at a steady rate, each on its own so a slow answer never delays the next, with at most
/// <c>maxInFlight</c> outstanding (a tick beyond that sends nothing and says so). Stopping waits for the requests already
/// sent, so whoever counts their answers has final counts.
/// </summary>
internal sealed class PacedRequests(double perSecond, int maxInFlight) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Task, bool> _inFlight = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    /// <summary>Starts sending: <paramref name="sendOne"/> at every tick, <paramref name="notSent"/> at a tick with too many in flight (nothing happens at a rate of 0).</summary>
    public void Start(Func<Task> sendOne, Action notSent)
    {
        if (perSecond > 0)
        {
            _loop = RunAsync(sendOne, notSent, _stop.Token);
        }
    }

    /// <summary>Stops sending and waits for the requests still in flight.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        await Task.WhenAll(_inFlight.Keys);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task RunAsync(Func<Task> sendOne, Action notSent, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1 / perSecond));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                if (_inFlight.Count >= maxInFlight)
                {
                    notSent();
                    continue;
                }

                var request = sendOne();
                _inFlight[request] = true;
                _ = request.ContinueWith(t => _inFlight.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }
}
