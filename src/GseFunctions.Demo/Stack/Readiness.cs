using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GseFunctions.Demo.Stack;

/// <summary>Waits for a child process to serve, failing at once if it exits first.</summary>
internal static class Readiness
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    /// <summary>Runs the waits together; the first to fail stops the others and its exception is thrown.</summary>
    public static async Task AllAsync(CancellationToken cancellationToken, params Func<CancellationToken, Task>[] waits)
    {
        ArgumentNullException.ThrowIfNull(waits);
        using var failFast = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = waits.Select(wait => wait(failFast.Token)).ToList();
        while (pending.Count > 0)
        {
            var done = await Task.WhenAny(pending);
            pending.Remove(done);
            if (!done.IsCompletedSuccessfully)
            {
                await failFast.CancelAsync();
                await Task.WhenAll(pending).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                await done;
            }
        }
    }

    /// <summary>Waits until every port accepts TCP connections on 127.0.0.1.</summary>
    /// <exception cref="StackStartException">The process exited, or the time ran out.</exception>
    public static async Task PortsAsync(ChildProcess process, IEnumerable<int> ports, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        foreach (var port in ports)
        {
            while (!await AcceptsAsync(port, cancellationToken))
            {
                await WaitAsync(process, clock, timeout, $"listen on port {port}", cancellationToken);
            }
        }
    }

    /// <summary>Waits until GET <paramref name="uri"/> answers 200.</summary>
    /// <exception cref="StackStartException">The process exited, or the time ran out (the message says what the URI answered last).</exception>
    public static async Task HttpOkAsync(ChildProcess process, Uri uri, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        var last = "no answer";
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(uri, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                last = $"HTTP {(int)response.StatusCode}";
            }
            catch (HttpRequestException ex)
            {
                last = ex.Message;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                last = "timed out";
            }

            await WaitAsync(process, clock, timeout, $"answer 200 on {uri} (last: {last})", cancellationToken);
        }
    }

    private static async Task WaitAsync(ChildProcess process, Stopwatch clock, TimeSpan timeout, string what, CancellationToken cancellationToken)
    {
        if (process.HasExited)
        {
            throw new StackStartException(process, $"{process.Name} exited with code {process.ExitCode} before it could {what}.");
        }

        if (clock.Elapsed > timeout)
        {
            throw new StackStartException(process, $"{process.Name} did not {what} within {timeout.TotalSeconds:0} s.");
        }

        await Task.Delay(Poll, cancellationToken);
    }

    private static async Task<bool> AcceptsAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
