namespace GseFunctions.Rollouts.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Assembly_Loads() => Assert.Equal("GseFunctions.Rollouts", typeof(GseFunctions.Rollouts.Hosting.RolloutTasks).Assembly.GetName().Name);
}
