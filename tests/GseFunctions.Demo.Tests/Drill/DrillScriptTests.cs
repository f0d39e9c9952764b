using System.Globalization;
using System.Text.Json;
using GseFunctions.Demo.Stack;
using GseFunctions.Demo.Tests.Script;
using Xunit.Abstractions;

namespace GseFunctions.Demo.Tests.Drill;

/// <summary>
/// The README's chaos drill, short: <c>scripts/drill.sh -r 5 -k 3</c> with two workers on free ports and GSE faults on.
/// Every rollout must complete once (one UpdateAlias, one DeleteFleet, one CopyFleet for a new fleet) although workers
/// are SIGKILLed under it, and no player's creation may fail other than for want of capacity.
/// </summary>
[Collection(DemoScriptCollection.Name)]
public sealed class DrillScriptTests(ITestOutputHelper output)
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(420);

    private static readonly string[] ExpectedChecks =
    [
        "every rollout Completed",
        "one UpdateAlias per rollout",
        "one DeleteFleet per rollout (the old fleet)",
        "one CopyFleet per new-fleet rollout, none otherwise",
        "every alias on its rollout's target",
        "no fleet tagged by a rollout left behind",
        "no alias lock left",
        "no failed player creation other than no-capacity",
    ];

    [Fact]
    public async Task DrillScript_FiveRolloutsThreeKills_EveryCheckHoldsAndExits0()
    {
        var ports = FreePorts.Take(6);
        var summaryPath = Path.Combine(Path.GetTempPath(), $"gsefunctions-drill-summary-{Guid.NewGuid():N}.json");
        await using var drill = DemoScriptProcess.StartScript(
            "drill.sh",
            "-r", "5", "-k", "3", "--seed", "16", "--summary-json", summaryPath,
            "--worker-ports", $"{ports[0]},{ports[1]}", "--azurite-ports", string.Join(',', ports[2..5]), "--gse-port", ports[5].ToString(CultureInfo.InvariantCulture));
        int exitCode;
        try
        {
            exitCode = await drill.WaitForExitAsync(RunLimit);
        }
        finally
        {
            output.WriteLine(drill.Output);
        }

        drill.Require(exitCode == 0, $"exit code {exitCode}");
        drill.Require(File.Exists(summaryPath), $"no summary at {summaryPath}");
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(summaryPath));
        File.Delete(summaryPath);
        var root = summary.RootElement;
        drill.Require(root.GetProperty("passed").GetBoolean(), "the summary says the drill did not pass");
        drill.Require(root.GetProperty("seed").GetInt32() == 16 && root.GetProperty("workers").GetInt32() == 2 && root.GetProperty("faults").GetBoolean(), "the summary does not echo seed 16, 2 workers, faults on");

        var kills = root.GetProperty("kills").EnumerateArray().ToList();
        drill.Require(kills.Count == 3, $"{kills.Count} kills done, expected 3");
        drill.Require(kills.All(k => k.GetProperty("worker").GetInt32() is 1 or 2), "a kill names no worker of the drill");

        var rollouts = root.GetProperty("rolloutResults").EnumerateArray().ToList();
        drill.Require(rollouts.Count == 5, $"{rollouts.Count} rollouts, expected 5");
        drill.Require(rollouts.All(r => r.GetProperty("runtimeStatus").GetString() == "Completed" && r.GetProperty("outcome").GetString() == "Completed"), "a rollout did not complete");
        drill.Require(rollouts.Select(r => r.GetProperty("alias").GetString()).Distinct().Count() == 5, "two rollouts share an alias");
        drill.Require(rollouts.Any(r => r.GetProperty("target").GetString() == "newFleet") && rollouts.Any(r => r.GetProperty("target").GetString() == "fleetId"), "the drill did not run both kinds of rollout");

        var checks = root.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c);
        foreach (var name in ExpectedChecks)
        {
            drill.Require(checks.TryGetValue(name, out var check), $"no check '{name}'");
            drill.Require(check.GetProperty("passed").GetBoolean(), $"check '{name}' failed: {check}");
        }

        var players = root.GetProperty("players");
        drill.Require(players.GetProperty("created").GetInt64() > 0, "no player session was created");
        drill.Require(players.GetProperty("failed").GetInt64() == 0, $"player creations failed: {players}");

        // The faults were on: the local GSE refused calls, and the drill still passed.
        var failedCalls = root.GetProperty("gseCalls").EnumerateObject().Sum(a => a.Value[1].GetInt64());
        drill.Require(failedCalls > 0, "no GSE call failed: the faults were not on");
        drill.Require(ports.All(PortCheck.IsFree), "a port is still in use after the drill ended");
    }
}
