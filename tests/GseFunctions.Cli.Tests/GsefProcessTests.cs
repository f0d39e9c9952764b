using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using GseFunctions.Testing;
using Xunit.Abstractions;

namespace GseFunctions.Cli.Tests;

/// <summary>
/// The built tool as a process against the real stack (self-host + local GSE + Azurite): each documented exit code,
/// JSON output that parses, <c>watch</c> ending with the rollout, plain progress lines when stdout is not a terminal,
/// and no key in any output of any run.
/// </summary>
public sealed class GsefProcessTests(CliStack stack, ITestOutputHelper output) : IClassFixture<CliStack>
{
    private static readonly string[] FastPolling = ["--poll-interval", "00:00:01", "--max-poll-interval", "00:00:02"];

    [Fact]
    public async Task RolloutStart_WithWait_CompletesAndExits0()
    {
        var seed = await RolloutSeed.CreateAsync(stack.Gse, sessions: 3);

        var run = await GsefAsync(["rollout", "start", "--alias", seed.AliasId, "--fleet", seed.Fleet2!, .. FastPolling, "--wait", "--interval", "0.2"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Draining", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("drain [", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(" 3 live", run.Stdout, StringComparison.Ordinal); // the old fleet's matches, seen while it drains
        Assert.Contains("drain [####################] 100%", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"alias {seed.AliasId} → {seed.Fleet2}", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("completed in", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Stdout, StringComparison.Ordinal); // not a terminal: plain lines, no live redraws
        Assert.Equal(seed.Fleet2, await RolloutSeed.AliasFleetAsync(stack.Gse, seed.AliasId));

        // The finished rollout reads back, in both formats.
        var id = Assert.Single((await JsonAsync(["rollout", "list", "--alias", seed.AliasId])).GetProperty("items").EnumerateArray()).GetProperty("rolloutId").GetString()!;
        var status = await GsefAsync(["rollout", "status", id]);
        Assert.Equal(0, status.ExitCode);
        Assert.Contains("Completed", status.Stdout, StringComparison.Ordinal);
        var watched = await GsefAsync(["rollout", "watch", id, "--output", "json"]);
        Assert.Equal(0, watched.ExitCode);
        Assert.Equal("Completed", JsonDocument.Parse(watched.Stdout).RootElement.GetProperty("result").GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task ApprovalGatedRollout_SecondStartExits4_RollbackThenWatchExits1()
    {
        var seed = await RolloutSeed.CreateAsync(stack.Gse, sessions: 1);

        var started = await JsonAsync(["rollout", "start", "--alias", seed.AliasId, "--fleet", seed.Fleet2!, .. FastPolling, "--require-approval", "--idempotency-key", "release-42"]);
        var id = started.GetProperty("id").GetString()!;
        Assert.Contains("code=***", started.GetProperty("statusQueryGetUri").GetString(), StringComparison.Ordinal);
        await Eventually.HoldsAsync(
            async () => Phase(await JsonAsync(["rollout", "status", id])) == "AwaitingApproval",
            TimeSpan.FromSeconds(30),
            "the rollout awaiting approval");

        // Another start on the held alias, and a repoint of it, are refused with exit 4 naming the holder.
        var second = await GsefAsync(["rollout", "start", "--alias", seed.AliasId, "--fleet", seed.Fleet2!]);
        Assert.Equal(4, second.ExitCode);
        Assert.Contains($"held by rollout {id}", second.Stderr, StringComparison.Ordinal);
        var repoint = await GsefAsync(["alias", "repoint", seed.AliasId, "--fleet", seed.Fleet2!]);
        Assert.Equal(4, repoint.ExitCode);
        Assert.Equal(seed.Fleet1, await RolloutSeed.AliasFleetAsync(stack.Gse, seed.AliasId));

        // The same idempotency key answers the first rollout.
        var again = await JsonAsync(["rollout", "start", "--alias", seed.AliasId, "--fleet", seed.Fleet2!, .. FastPolling, "--require-approval", "--idempotency-key", "release-42"]);
        Assert.Equal(id, again.GetProperty("id").GetString());

        var rollback = await GsefAsync(["rollout", "rollback", id]);
        Assert.Equal(0, rollback.ExitCode);
        Assert.Contains($"Event 'rollback' raised on rollout {id}", rollback.Stdout, StringComparison.Ordinal);

        var watch = await GsefAsync(["rollout", "watch", id, "--interval", "0.2"]);
        Assert.Equal(1, watch.ExitCode);
        Assert.Contains("did not complete: outcome RolledBack", watch.Stdout, StringComparison.Ordinal);
        Assert.Equal(seed.Fleet1, await RolloutSeed.AliasFleetAsync(stack.Gse, seed.AliasId));

        // Once ended, another event is refused (409 rollout-ended: exit 1, not 4).
        var late = await GsefAsync(["rollout", "approve", id]);
        Assert.Equal(1, late.ExitCode);
    }

    [Fact]
    public async Task BadInput_Exits2WithTheFieldErrors_AndStartsNothing()
    {
        var api = await GsefAsync(["rollout", "start", "--alias", "alias/1", "--fleet", "fleet-1", "--poll-interval", "00:00:00.5"]);
        Assert.Equal(2, api.ExitCode);
        Assert.Contains("answered 400", api.Stderr, StringComparison.Ordinal);
        Assert.Contains("  aliasId: ", api.Stderr, StringComparison.Ordinal);
        Assert.Contains("  options.pollInterval: ", api.Stderr, StringComparison.Ordinal);

        var alias = "cli-refused-" + Guid.NewGuid().ToString("N")[..8];
        var refused = await GsefAsync(["rollout", "start", "--alias", alias, "--fleet", "fleet-1", "--asset", "asset-1"]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("answered 400", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("  fleetId: ", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, (await JsonAsync(["rollout", "list", "--alias", alias])).GetProperty("items").GetArrayLength());

        var missing = await GsefAsync(["rollout", "start", "--fleet", "fleet-1"]);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--alias", missing.Stderr, StringComparison.Ordinal);

        var both = await GsefAsync(["alias", "create", "--name", "x"]);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("exactly one of --fleet and --terminal-message", both.Stderr, StringComparison.Ordinal);

        var unknown = await GsefAsync(["rollout", "status", "rollout-00000000000000000000000000000000"]);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("404", unknown.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongKey_AndUnreachableUrl_Exit3_WithoutEchoingTheKey()
    {
        const string wrongKey = "wrong-key-0123456789abcdef0123456789abcdef";
        var wrong = await GsefAsync(["--key", wrongKey, "alias", "list"], env: stack.Environment(key: "another-wrong-key-0123456789abcdef0123"));
        Assert.Equal(3, wrong.ExitCode);
        Assert.Contains("401", wrong.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongKey, wrong.All, StringComparison.Ordinal);
        Assert.DoesNotContain("another-wrong-key", wrong.All, StringComparison.Ordinal);

        var unreachable = await GsefAsync(["rollout", "list", "--url", $"http://127.0.0.1:{ClosedPort()}"]);
        Assert.Equal(3, unreachable.ExitCode);
        Assert.Contains("could not reach", unreachable.Stderr, StringComparison.Ordinal);

        // A parse error that comes with the key on the command line does not repeat it either.
        var typo = await GsefAsync(["--key", wrongKey, "rollout", "lst", wrongKey]);
        Assert.Equal(2, typo.ExitCode);
        Assert.DoesNotContain(wrongKey, typo.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AliasSessionAndScheduleCommands_JsonParses_TablesShowTheResources()
    {
        var seed = await RolloutSeed.CreateAsync(stack.Gse, sessions: 0);

        var aliases = await JsonAsync(["alias", "list", "--name", "zero-downtime-update-test"]);
        Assert.Contains(aliases.GetProperty("items").EnumerateArray(), a => a.GetProperty("aliasId").GetString() == seed.AliasId);
        var table = await GsefAsync(["alias", "show", seed.AliasId]);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains(seed.Fleet1, table.Stdout, StringComparison.Ordinal);

        var created = await JsonAsync(["alias", "create", "--name", "cli-maintenance", "--terminal-message", "Back at 10:00"]);
        var maintenance = created.GetProperty("aliasId").GetString()!;
        var repointed = await JsonAsync(["alias", "repoint", maintenance, "--fleet", seed.Fleet2!]);
        Assert.Equal(seed.Fleet2, repointed.GetProperty("routingStrategy").GetProperty("fleetId").GetString());

        var session = await JsonAsync(["session", "create", "--alias", seed.AliasId, "--max-players", "8"]);
        Assert.Equal(seed.Fleet1, session.GetProperty("fleetId").GetString());
        var sessions = await JsonAsync(["session", "list", "--fleet", seed.Fleet1]);
        Assert.Contains(sessions.GetProperty("items").EnumerateArray(), s => s.GetProperty("gameServerSessionId").GetString() == session.GetProperty("gameServerSessionId").GetString());

        var scheduleId = "cli-" + Guid.NewGuid().ToString("N")[..8];
        var schedule = await JsonAsync(["schedule", "create", "--id", scheduleId, "--start-at", "2099-01-01T03:00:00Z", "--alias", seed.AliasId, "--fleet", seed.Fleet2!]);
        Assert.Equal(scheduleId, schedule.GetProperty("scheduleId").GetString());
        Assert.Contains((await JsonAsync(["schedule", "list"])).GetProperty("items").EnumerateArray(), s => s.GetProperty("scheduleId").GetString() == scheduleId);
        var shown = await GsefAsync(["schedule", "show", scheduleId]);
        Assert.Equal(0, shown.ExitCode);
        Assert.Contains("at 2099-01-01", shown.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, (await GsefAsync(["schedule", "delete", scheduleId])).ExitCode);
        Assert.Equal(2, (await GsefAsync(["schedule", "show", scheduleId])).ExitCode);
    }

    [Fact]
    public async Task Watch_OnATerminal_LiveViewUntilApprovedAndCompleted()
    {
        var seed = await RolloutSeed.CreateAsync(stack.Gse, sessions: 0);
        var id = (await JsonAsync(["rollout", "start", "--alias", seed.AliasId, "--fleet", seed.Fleet2!, .. FastPolling, "--require-approval"])).GetProperty("id").GetString()!;

        var watching = GsefProcess.RunInTerminalAsync(stack.Environment(), ["rollout", "watch", id, "--interval", "0.2"]);
        await Eventually.HoldsAsync(
            async () => Phase(await JsonAsync(["rollout", "status", id])) == "AwaitingApproval",
            TimeSpan.FromSeconds(30),
            "the rollout awaiting approval");
        var approve = await GsefAsync(["rollout", "approve", id]);
        Assert.Equal(0, approve.ExitCode);

        var run = await watching;
        output.WriteLine(run.ToString());
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\u001b[", run.Stdout, StringComparison.Ordinal); // a live view: terminal control sequences
        Assert.Contains("AwaitingApproval", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Live sessions", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("completed in", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(CliStack.MasterKey, run.All, StringComparison.Ordinal);
        Assert.Equal(seed.Fleet2, await RolloutSeed.AliasFleetAsync(stack.Gse, seed.AliasId));
    }

    [Fact]
    public async Task FleetCommands_ListAndShow_TheFleetWithItsAlias()
    {
        var seed = await RolloutSeed.CreateAsync(stack.Gse, sessions: 1);

        var fleets = await JsonAsync(["fleet", "list", "--limit", "100"]);
        var fleet1 = Assert.Single(fleets.GetProperty("items").EnumerateArray(), f => f.GetProperty("fleetId").GetString() == seed.Fleet1);
        Assert.Contains(fleet1.GetProperty("aliases").EnumerateArray(), a => a.GetProperty("aliasId").GetString() == seed.AliasId);

        var shown = await GsefAsync(["fleet", "show", seed.Fleet1]);
        Assert.Equal(0, shown.ExitCode);
        Assert.Contains($"zero-downtime-update-test ({seed.AliasId})", shown.Stdout, StringComparison.Ordinal);
        Assert.Contains("min 1, desired 2, max 4", shown.Stdout, StringComparison.Ordinal);

        Assert.Equal(2, (await GsefAsync(["fleet", "show", "fleet-unknown-0000"])).ExitCode);
    }

    /// <summary>Runs the tool and checks what every run must hold: neither the master key nor the system key in any output.</summary>
    private async Task<GsefRun> GsefAsync(string[] args, Dictionary<string, string?>? env = null)
    {
        var run = await GsefProcess.RunAsync(env ?? stack.Environment(), args);
        output.WriteLine(run.ToString());
        Assert.DoesNotContain(CliStack.MasterKey, run.All, StringComparison.Ordinal);
        Assert.DoesNotContain(CliStack.SystemKey, run.All, StringComparison.Ordinal);
        return run;
    }

    /// <summary>Runs with <c>--output json</c>, expects exit 0 and returns the parsed stdout.</summary>
    private async Task<JsonElement> JsonAsync(string[] args)
    {
        var run = await GsefAsync([.. args, "--output", "json"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = JsonDocument.Parse(run.Stdout);
        return document.RootElement.Clone();
    }

    /// <summary>The rollout's phase in a <c>rollout status --output json</c> answer (no status before its first step).</summary>
    private static string? Phase(JsonElement rollout) =>
        rollout.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.Object && status.TryGetProperty("phase", out var phase) ? phase.GetString() : null;

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
