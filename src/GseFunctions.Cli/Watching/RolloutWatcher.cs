using System.Diagnostics;
using System.Net;
using GseFunctions.Cli.Commands;
using GseFunctions.Cli.Http;

namespace GseFunctions.Cli.Watching;

/// <summary>
/// Follows a rollout through <c>GET /api/rollouts/{id}</c> until it ends, showing its progress, then prints how it
/// ended (or, with <c>--output json</c>, the final rollout as the API answers it) and returns the exit code.
/// </summary>
internal static class RolloutWatcher
{
    // Right after a start the instance may not be readable yet.
    private static readonly TimeSpan NotFoundGrace = TimeSpan.FromSeconds(10);

    public static async Task<int> WatchAsync(CliContext context, string rolloutId, TimeSpan interval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var printer = context.Out;
        IProgressView view = printer.Live ? new LiveProgress(context.Time) : new PlainProgress(printer, context.Time);
        ApiAnswer? last = null;
        var snapshot = await view.RunAsync(async show =>
        {
            var clock = Stopwatch.StartNew();
            while (true)
            {
                try
                {
                    last = await context.Api.GetAsync($"api/rollouts/{Uri.EscapeDataString(rolloutId)}", cancellationToken);
                }
                catch (CliFailure failure) when (failure.ExitCode == ExitCodes.BadInput && clock.Elapsed < NotFoundGrace && failure.Message.Contains($" {(int)HttpStatusCode.NotFound} ", StringComparison.Ordinal))
                {
                    await Task.Delay(interval, cancellationToken);
                    continue;
                }

                var current = RolloutSnapshot.Parse(last.Body);
                show(current);
                if (current.IsTerminal)
                {
                    return current;
                }

                await Task.Delay(interval, cancellationToken);
            }
        });

        if (printer.Json)
        {
            printer.WriteJson(last!.Body);
        }
        else
        {
            Summarise(context, snapshot);
        }

        return snapshot.ExitCode;
    }

    private static void Summarise(CliContext context, RolloutSnapshot s)
    {
        var printer = context.Out;
        printer.Line();
        printer.Line(s.Completed
            ? $"Rollout {s.RolloutId} completed in {PlainProgress.Elapsed(s, context.Time)}: alias {s.AliasId} → {s.AliasFleetId}."
            : $"Rollout {s.RolloutId} did not complete: outcome {s.Outcome ?? "none"} (runtime status {s.RuntimeStatus}) after {PlainProgress.Elapsed(s, context.Time)}; alias {s.AliasId} → {s.AliasFleetId ?? "unknown"}.");
        if (s.Reason is { Length: > 0 } reason)
        {
            printer.Line($"Reason: {reason}");
        }

        if (s.Failure is { Length: > 0 } failure)
        {
            printer.Line($"Failure: {failure}");
        }
    }
}
