using GseFunctions.Demo.Drill;

namespace GseFunctions.Demo.Tests.Drill;

public sealed class DrillChaosTests
{
    [Fact]
    public void Plan_SameSeed_SameKillsAndPauses()
    {
        var first = new DrillChaos(Workers(3), 40, new Random(16), new DemoConsole(TextWriter.Null)).Plan;
        var again = new DrillChaos(Workers(3), 40, new Random(16), new DemoConsole(TextWriter.Null)).Plan;
        var other = new DrillChaos(Workers(3), 40, new Random(17), new DemoConsole(TextWriter.Null)).Plan;

        Assert.Equal(40, first.Count);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Plan_PausesWithinBoundsAndEveryWorkerAVictim()
    {
        var plan = new DrillChaos(Workers(3), 200, new Random(1), new DemoConsole(TextWriter.Null)).Plan;

        Assert.All(plan, k => Assert.InRange(k.Pause, DrillChaos.MinPause, DrillChaos.MaxPause));
        Assert.Equal([1, 2, 3], plan.Select(k => k.Worker).Distinct().Order());
    }

    private static List<DrillWorker> Workers(int count) =>
        Enumerable.Range(1, count).Select(i => new DrillWorker(i, new Uri($"http://127.0.0.1:{7070 + i}/"), new System.Diagnostics.ProcessStartInfo("true"))).ToList();
}
