using GseFunctions.Demo.Traffic;

namespace GseFunctions.Demo.Tests.Traffic;

public sealed class TrafficSnapshotTests
{
    [Fact]
    public void Since_AnEarlierSnapshot_CountsOnlyWhatHappenedBetween()
    {
        var before = new TrafficSnapshot(10, 1, new Dictionary<string, long> { ["503 no-capacity"] = 1 }, new Dictionary<string, long> { ["fleet-1"] = 10 });
        var after = new TrafficSnapshot(25, 1, new Dictionary<string, long> { ["503 no-capacity"] = 1 }, new Dictionary<string, long> { ["fleet-1"] = 12, ["fleet-2"] = 13 });

        var during = after.Since(before);

        Assert.Equal(15, during.Created);
        Assert.Equal(0, during.Failed);
        Assert.Empty(during.FailuresByKind);
        Assert.Equal(new Dictionary<string, long> { ["fleet-1"] = 2, ["fleet-2"] = 13 }, during.CreatedByFleet);
    }
}
