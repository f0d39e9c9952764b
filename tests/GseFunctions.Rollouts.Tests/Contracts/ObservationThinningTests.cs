using GseFunctions.Rollouts.Contracts;

namespace GseFunctions.Rollouts.Tests.Contracts;

/// <summary>The timeline's bound: observations thinned evenly in time, both fleets kept, the same answer every time.</summary>
public sealed class ObservationThinningTests
{
    private static readonly DateTime Start = new(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Thin_AtMostTheCap_ReturnsThemAsTheyAre()
    {
        var observations = Poll(100, TimeSpan.FromSeconds(10));

        var kept = ObservationThinning.Thin(observations, 100, out var thinned);

        Assert.False(thinned);
        Assert.Same(observations, kept);
    }

    [Fact]
    public void Thin_TenThousandOfTwoFleets_KeepsAtMostTheCapEvenlyInTimeForBoth()
    {
        var observations = Poll(10_000, TimeSpan.FromSeconds(10));
        var span = observations[^1].At - observations[0].At;

        var kept = ObservationThinning.Thin(observations, ObservationThinning.MaxObservations, out var thinned);

        Assert.True(thinned);
        Assert.InRange(kept.Count, ObservationThinning.MaxObservations / 4, ObservationThinning.MaxObservations);
        Assert.Equal(kept.OrderBy(o => o.At), kept);
        Assert.Equal(observations[0], kept[0]);
        foreach (var fleet in new[] { "fleet-old", "fleet-new" })
        {
            var times = kept.Where(o => o.FleetId == fleet).Select(o => o.At).ToList();
            var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();

            // Evenly: no gap is more than a few slots wide, from the start of the rollout to its end.
            Assert.True(gaps.Max() <= span * 8 / ObservationThinning.MaxObservations, $"{fleet}: largest gap {gaps.Max()} of {span}");
            Assert.True(times[^1] >= observations[^1].At - span * 8 / ObservationThinning.MaxObservations, $"{fleet}: the last kept is {times[^1]}");
        }
    }

    [Fact]
    public void Thin_SameInput_SameOutput()
    {
        var observations = Poll(5_000, TimeSpan.FromSeconds(3));

        var first = ObservationThinning.Thin(observations, 300, out _);
        var second = ObservationThinning.Thin(observations.ToList(), 300, out _);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Thin_EveryGenerationAppending_StaysBoundedAndCoversTheWholeDrain()
    {
        // A drain of 400 generations of 50 polls, thinned at each ContinueAsNew as the orchestration does.
        IReadOnlyList<RolloutObservation> carried = [];
        var all = Poll(400 * 50, TimeSpan.FromSeconds(30));
        var anyThinned = false;
        for (var generation = 0; generation < 400; generation++)
        {
            carried = ObservationThinning.Thin([.. carried, .. all.Skip(generation * 50).Take(50)], ObservationThinning.MaxObservations, out var thinned);
            anyThinned |= thinned;
            Assert.True(carried.Count <= ObservationThinning.MaxObservations);
        }

        Assert.True(anyThinned);
        Assert.Equal(all[0], carried[0]);
        Assert.Equal(carried.Distinct().Count(), carried.Count);
        var span = all[^1].At - all[0].At;
        var firstHalf = carried.Count(o => o.At < all[0].At + span / 2);
        var secondHalf = carried.Count - firstHalf;

        // Older parts are not thinned away in favour of the newest: both halves keep a fair share.
        Assert.InRange(firstHalf, secondHalf / 4, secondHalf * 4);
    }

    [Fact]
    public void Thin_OneInstantManyReads_KeepsOnePerFleet()
    {
        var observations = Enumerable.Range(0, 50).Select(i => Observation(Start, i % 2 == 0 ? "a" : "b", i)).ToList();

        var kept = ObservationThinning.Thin(observations, 10, out var thinned);

        Assert.True(thinned);
        Assert.Equal(["a", "b"], kept.Select(o => o.FleetId));
    }

    /// <summary>A rollout polling the old and the new fleet alternately every <paramref name="interval"/>.</summary>
    private static List<RolloutObservation> Poll(int count, TimeSpan interval) =>
        Enumerable.Range(0, count).Select(i => Observation(Start + interval * i, i % 2 == 0 ? "fleet-old" : "fleet-new", count - i)).ToList();

    private static RolloutObservation Observation(DateTime at, string fleetId, int sessions) => new(at, fleetId, "ACTIVE", 2, sessions, 4);
}
