using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using GseFunctions.Demo.Stack;
using Xunit.Abstractions;

namespace GseFunctions.Demo.Tests.Script;

/// <summary>
/// The README's first command as a real process: scripts/demo.sh brings up Azurite, the local GSE and the self-host on
/// free ports, seeds the scenario and rolls fleet 1 out to fleet 2 through the HTTP API under player traffic. Every
/// failure message carries the demo's output.
/// </summary>
[Collection(DemoScriptCollection.Name)]
public sealed class DemoScriptTests(ITestOutputHelper output)
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(110);

    [Fact]
    public async Task DemoScript_WithSummaryJson_CompletesTheRolloutWithNoFailedSessionAndRetiresFleet1()
    {
        var ports = FreePorts.Take(5);
        var summaryPath = Path.Combine(Path.GetTempPath(), $"gsefunctions-demo-summary-{Guid.NewGuid():N}.json");
        var clock = Stopwatch.StartNew();
        await using var demo = DemoScriptProcess.Start(["--summary-json", summaryPath, .. FreePorts.DemoArguments(ports)]);
        var exitCode = await RunAsync(demo, () => demo.WaitForExitAsync(RunLimit));
        clock.Stop();

        demo.Require(exitCode == 0, $"exit code {exitCode}");
        demo.Require(File.Exists(summaryPath), $"no summary at {summaryPath}");
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(summaryPath));
        File.Delete(summaryPath);
        var root = summary.RootElement;
        output.WriteLine(root.ToString());
        demo.Require(root.GetProperty("rolloutStatus").GetString() == "Completed", "rolloutStatus is not Completed");
        demo.Require(root.GetProperty("outcome").GetString() == "Completed", "outcome is not Completed");
        demo.Require(root.GetProperty("failedSessionCreations").GetInt64() == 0, "session creations failed during the rollout");
        demo.Require(root.GetProperty("traffic").GetProperty("failedSessionCreations").GetInt64() == 0, "session creations failed during the run");
        demo.Require(root.GetProperty("sessionsCreated").GetInt64() > 0, "no session was created during the rollout");
        demo.Require(root.GetProperty("oldFleetStatus").GetString() is "TERMINATED" or "DELETING" or "deleted", "fleet 1 was not retired");
        demo.Require(root.GetProperty("fleetsDeleted").EnumerateArray().Any(f => f.GetString() == root.GetProperty("oldFleetId").GetString()), "the rollout did not delete fleet 1");
        demo.Require(root.GetProperty("aliasFleetAfter").GetString() == root.GetProperty("newFleetId").GetString(), "the alias is not on fleet 2");
        var duration = root.GetProperty("durationSeconds").GetDouble();
        demo.Require(duration > 0 && duration < clock.Elapsed.TotalSeconds && duration < 90, $"durationSeconds {duration} is not sane (the run took {clock.Elapsed.TotalSeconds:0} s)");
        demo.Require(ports.All(PortCheck.IsFree), "a port is still in use after the demo ended");
    }

    [Fact]
    public async Task DemoScript_PortInUse_FailsAtOnceNamingThePortAndTheOption()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var busy = ((IPEndPoint)holder.LocalEndpoint).Port;
        var ports = FreePorts.Take(5);
        ports[0] = busy;

        await using var demo = DemoScriptProcess.Start(FreePorts.DemoArguments(ports));
        var exitCode = await RunAsync(demo, () => demo.WaitForExitAsync(TimeSpan.FromSeconds(90)));

        demo.Require(exitCode == 3, $"exit code {exitCode}");
        demo.Require(demo.Output.Contains($"Port {busy} on 127.0.0.1 (for the self-host (HTTP API)) is already in use", StringComparison.Ordinal), "no message naming the port");
        demo.Require(demo.Output.Contains("--port N", StringComparison.Ordinal), "no hint how to choose another port");
        demo.Require(!demo.Output.Contains("Azurite (in memory)", StringComparison.Ordinal), "the demo started the stack anyway");
    }

    private async Task<T> RunAsync<T>(DemoScriptProcess demo, Func<Task<T>> run)
    {
        try
        {
            return await run();
        }
        finally
        {
            output.WriteLine(demo.Output);
        }
    }
}
