namespace GseFunctions.Rollouts.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Assembly_Loads() => Assert.Equal("GseFunctions.Rollouts", typeof(GseFunctions.Rollouts.AssemblyMarker).Assembly.GetName().Name);
}
