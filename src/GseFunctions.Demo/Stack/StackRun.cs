using System.Text.Json;
using GseFunctions.Demo.Api;
using GseFunctions.Gse;
using Microsoft.Extensions.DependencyInjection;

namespace GseFunctions.Demo.Stack;

/// <summary>
/// How every mode of the demo program runs on a stack it starts: a failure is one line and the processes' output, Ctrl-C
/// stops everything with the signal's exit code, a stack that does not come up names the process. Whatever happens,
/// every process started is stopped before the exit code is returned.
/// </summary>
internal static class StackRun
{
    public const int Failed = 1;

    /// <summary>
    /// Starts the stack with <c>start</c>, runs <c>run</c> on it and answers its exit code; <c>what</c> is the mode's name in
    /// the messages ("demo", "drill").
    /// </summary>
    public static async Task<int> GuardAsync<TStack>(
        string what,
        SignalCancellation signals,
        DemoConsole console,
        Func<CancellationToken, Task<TStack>> start,
        Func<TStack, CancellationToken, Task<int>> run)
        where TStack : IStackProcesses
    {
        ArgumentNullException.ThrowIfNull(signals);
        var cancellationToken = signals.Token;
        try
        {
            await using var stack = await start(cancellationToken);
            try
            {
                return await run(stack, cancellationToken);
            }
            catch (Exception ex) when (!signals.Signalled && IsFailure(ex))
            {
                console.Say($"The {what} failed: {ex.Message}");
                stack.Report(console.Output);
                return Failed;
            }
        }
        catch (Exception) when (signals.Signalled)
        {
            // Whatever the interruption broke on its way out (a child that got the terminal's SIGINT too may have
            // dropped a request), the processes are stopped by now: the await using above has run.
            console.Say($"Stopped: every process the {what} started has been stopped.");
            return signals.ExitCode;
        }
        catch (StackStartException ex)
        {
            console.Say($"The stack did not come up: {ex.Message}");
            ex.Process?.Report(console.Output);
            return Failed;
        }
    }

    /// <summary>The services holding a <see cref="GseClient"/> signed for the stack's local GSE (dispose them after use).</summary>
    public static ServiceProvider LocalGseServices(Uri localGse)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGseClient(o =>
        {
            o.Endpoint = localGse;
            o.Region = StackCommands.Region;
            o.SecretId = StackCommands.GseSecretId;
            o.SecretKey = StackCommands.GseSecretKey;
            o.Timeout = TimeSpan.FromSeconds(10);
        });
        return services.BuildServiceProvider();
    }

    /// <summary>A failure of the run itself (the stack, GSE, the API, storage), reported as one line rather than a crash.</summary>
    private static bool IsFailure(Exception ex) =>
        ex is GseException or HttpRequestException or ApiException or TimeoutException or JsonException or IOException or InvalidOperationException or StackStartException or Azure.RequestFailedException;
}
