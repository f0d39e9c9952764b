using GseFunctions.Demo.Stack;
using Xunit.Abstractions;

namespace GseFunctions.Demo.Tests.Script;

/// <summary>Ctrl-C in the middle of a rollout: the demo stops every process it started, frees its ports and exits with 130.</summary>
[Collection(DemoScriptCollection.Name)]
public sealed class DemoInterruptTests(ITestOutputHelper output)
{
    [Fact]
    public async Task DemoScript_SigintDuringTheRollout_StopsEveryChildFreesThePortsAndExits130()
    {
        var ports = FreePorts.Take(5);
        await using var demo = DemoScriptProcess.Start(FreePorts.DemoArguments(ports));
        try
        {
            await demo.WaitForOutputAsync("POST /api/rollouts: rollout", TimeSpan.FromSeconds(90));
            var children = demo.Descendants();
            demo.Require(children.Count >= 3, $"expected Azurite, the local GSE and the self-host below the demo, found {children.Count} processes");

            demo.Interrupt();
            var exitCode = await demo.WaitForExitAsync(TimeSpan.FromSeconds(30));

            demo.Require(exitCode == 130, $"exit code {exitCode}");
            demo.Require(demo.Output.Contains("Stopped: every process the demo started has been stopped.", StringComparison.Ordinal), "no stop message");
            var alive = children.Where(ProcFs.IsAlive).ToList();
            demo.Require(alive.Count == 0, $"processes still running: {string.Join(", ", alive)}");
            var busy = ports.Where(p => !PortCheck.IsFree(p)).ToList();
            demo.Require(busy.Count == 0, $"ports still in use: {string.Join(", ", busy)}");
        }
        finally
        {
            output.WriteLine(demo.Output);
        }
    }
}
