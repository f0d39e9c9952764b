using GseFunctions.Gse.Models;
using GseFunctions.Rollouts.Scheduling;
using GseFunctions.Rollouts.Starting;

namespace GseFunctions.Rollouts.Tests.Scheduling;

/// <summary>Schedule workflows, scheduled rollouts and direct rollouts share the task hub: their instance ids must never meet.</summary>
public sealed class ScheduleIdsTests
{
    private static readonly DateTime Occurrence = new(2026, 12, 7, 0, 2, 27, DateTimeKind.Utc);

    [Fact]
    public void Orchestration_ScheduleNamedLikeAnotherSchedulesOccurrence_DiffersFromThatOccurrence()
    {
        // Issue #12: schedule "x1-20261207T000227Z" and the 00:02:27 occurrence of schedule "schedule-x1" had one id.
        Assert.NotEqual(ScheduleIds.Rollout("schedule-x1", Occurrence), ScheduleIds.Orchestration("x1-20261207T000227Z"));
    }

    [Theory]
    [InlineData("x1-20261207T000227Z", "schedule-x1")]
    [InlineData("x2-20261207T000222Z", "schedule-x2")]
    [InlineData("schedule", "schedule")]
    [InlineData("scheduled", "schedule")]
    [InlineData("rollout", "rollout")]
    [InlineData("a", "a-20261207T000227Z")]
    [InlineData("_", "-")]
    public void Ids_OfTwoSchedules_NeverMeetAcrossKindsOrEachOther(string first, string second)
    {
        var ids = new[]
        {
            ScheduleIds.Orchestration(first), ScheduleIds.Orchestration(second),
            ScheduleIds.Rollout(first, Occurrence), ScheduleIds.Rollout(second, Occurrence),
            ScheduleIds.Rollout(first, Occurrence.AddSeconds(1)), ScheduleIds.Rollout(second, Occurrence.AddSeconds(1)),
        };

        var expected = first == second ? 3 : 6;
        Assert.Equal(expected, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.False(id.StartsWith("rollout-", StringComparison.Ordinal), id));
    }

    [Fact]
    public void Ids_LongestScheduleId_AreValidRouteIds()
    {
        var longest = new string('z', 64);
        var rollout = ScheduleIds.Rollout(longest, Occurrence);

        Assert.True(GseInput.IsId(ScheduleIds.Orchestration(longest)));
        Assert.True(GseInput.IsId(rollout), rollout);
        Assert.StartsWith(ScheduleIds.RolloutPrefix(longest), rollout, StringComparison.Ordinal);
    }

    [Fact]
    public void RolloutPrefix_ScheduleIdPrefixOfAnother_DoesNotMatchTheOthersRollouts()
    {
        Assert.False(ScheduleIds.Rollout("nightly-2", Occurrence).StartsWith(ScheduleIds.RolloutPrefix("nightly"), StringComparison.Ordinal));
        Assert.False(RolloutStarter.IdFor("alias-1", "k").StartsWith(ScheduleIds.RolloutPrefix("nightly"), StringComparison.Ordinal));
    }
}
