using GseFunctions.Demo.Seeding;

namespace GseFunctions.Demo.Tests.Seeding;

public sealed class FleetSizingTests
{
    [Theory]
    [InlineData(0.5)]
    [InlineData(4)]
    [InlineData(DemoOptions.MaxSessionsPerMinute)]
    public void For_AnyAllowedRate_TwiceThePeakOfLiveSessions(double sessionsPerMinute)
    {
        var sizing = FleetSizing.For(sessionsPerMinute);
        var peak = sessionsPerMinute * FleetSizing.MatchLengthMax.TotalMinutes;

        Assert.True(sizing.Capacity >= 2 * peak, $"{sizing.Capacity} processes for a peak of {peak} live sessions");
        Assert.InRange(sizing.Instances, 2, FleetSizing.MaxInstances);
        Assert.True(sizing.MinAvailableSessions >= peak, "fleet 2 must have room for the peak before the switch");
    }
}
