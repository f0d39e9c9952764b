using GseFunctions.Demo.Seeding;
using GseFunctions.Demo.Stack;
using GseFunctions.Demo.Traffic;

namespace GseFunctions.Demo.Up;

/// <summary>
/// <c>up</c> mode: the seeded stack stays up for the user's own requests. Prints the base URL, the keys (the only place
/// the demo shows them: the user needs them), the seed's ids and curl examples; players keep creating sessions through
/// the alias so a rollout can be watched under load; a line of counters every 30 seconds; stops on Ctrl-C.
/// </summary>
internal sealed class UpMode(LocalStack stack, SeededScenario seed, PlayerTraffic traffic, DemoConsole console)
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(30);

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled, then throws <see cref="OperationCanceledException"/>.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var keysFrom = stack.Keys.FromEnvironment ? $"from {StackKeys.MasterKeyVariable} / {StackKeys.FunctionKeyVariable}" : "random for this run";
        console.Plain();
        console.Plain($"The stack is up. Base URL: {stack.SelfHostUri}");
        console.Plain($"  dashboard: {new Uri(stack.SelfHostUri, "api/dashboard/")} (open it in a browser; it asks for the master key)");
        console.Plain($"  master key (admin routes, x-functions-key):    {stack.Keys.MasterKey}");
        console.Plain($"  function key '{StackKeys.FunctionKeyName}' (/api/sessions):         {stack.Keys.FunctionKey}");
        console.Plain($"  ({keysFrom})");
        console.Plain($"  alias {SeededScenario.AliasName}: {seed.AliasId} → fleet 1 {seed.Fleet1}; fleet 2 (ready): {seed.Fleet2}");
        console.Plain($"  local GSE: {stack.LocalGseUri} (SecretId {StackCommands.GseSecretId}, SecretKey {StackCommands.GseSecretKey}: its development defaults; admin API under /_emulator)");
        console.Plain($"  Azurite (in memory): blob {stack.Ports.Blob}, queue {stack.Ports.Queue}, table {stack.Ports.Table}; account devstoreaccount1 with the well-known development key");
        console.Plain();
        console.Plain("Paste into another shell:");
        console.Plain();
        foreach (var line in CurlExamples.For(stack.SelfHostUri, stack.Keys, seed))
        {
            console.Plain(line);
        }

        console.Plain();
        traffic.Start();
        console.Say(traffic.SessionsPerSecond > 0
            ? $"Players create sessions through the alias ({traffic.SessionsPerSecond:0.##}/s via POST /api/sessions). Ctrl-C stops everything."
            : "No player traffic (--sessions-per-minute 0). Ctrl-C stops everything.");
        while (true)
        {
            await Task.Delay(Heartbeat, cancellationToken);
            if (traffic.SessionsPerSecond > 0)
            {
                var now = traffic.Snapshot();
                var fleets = string.Join(", ", now.CreatedByFleet.Select(p => $"{seed.NameOf(p.Key)}: {p.Value}"));
                var failures = now.FailuresByKind.Count == 0 ? "" : " (" + string.Join(", ", now.FailuresByKind.Select(p => $"{p.Key}: {p.Value}")) + ")";
                console.Say($"players: {now.Created} sessions created ({fleets}), {now.Failed} failed{failures}");
            }
        }
    }
}
