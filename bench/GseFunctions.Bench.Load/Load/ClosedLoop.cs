using GseFunctions.Bench.Load.Stack;

namespace GseFunctions.Bench.Load.Load;

/// <summary>
/// A closed-loop load: each of N clients sends one request, waits for the answer, "plays" for the think time after a
/// success (a player's match) or a short back-off after a failure, and sends the next, until stopped. The offered load
/// therefore follows the service: a slow answer delays that client's next request rather than piling up.
/// </summary>
internal static class ClosedLoop
{
    /// <summary>A failed player tries again after this long (a client honouring a short Retry-After).</summary>
    public static readonly TimeSpan FailureBackOff = TimeSpan.FromMilliseconds(100);

    public static async Task<List<Attempt>> RunAsync(
        int clients, Func<CancellationToken, Task<(bool Ok, string Outcome)>> send, TimeSpan think, BenchClock clock, CancellationToken stop)
    {
        var all = new List<Attempt>();
        var tasks = Enumerable.Range(0, clients).Select(async i =>
        {
            var mine = new List<Attempt>();
            // Spread the first requests over one think time (or 50 ms without one): with matches of one fixed length the
            // players would otherwise stay in lock step and arrive in bursts.
            await Delay((think > TimeSpan.Zero ? think : TimeSpan.FromMilliseconds(50)) * i / clients, stop);
            while (!stop.IsCancellationRequested)
            {
                var start = clock.Now;
                (bool Ok, string Outcome) result;
                try
                {
                    result = await send(CancellationToken.None);
                }
                catch (HttpRequestException e)
                {
                    result = (false, "connection: " + e.HttpRequestError);
                }
                catch (TaskCanceledException)
                {
                    result = (false, "timeout");
                }

                mine.Add(new Attempt(start, clock.Now, result.Ok, result.Outcome));
                await Delay(result.Ok ? think : FailureBackOff, stop);
            }

            return mine;
        }).ToList();
        foreach (var list in await Task.WhenAll(tasks))
        {
            all.AddRange(list);
        }

        all.Sort((a, b) => a.Start.CompareTo(b.Start));
        return all;
    }

    private static async Task Delay(TimeSpan delay, CancellationToken stop)
    {
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            await Task.Delay(delay, stop);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
