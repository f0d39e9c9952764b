using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Scheduling;

namespace GseFunctions.Rollouts.Tests.Scheduling;

public sealed class ScheduleCalendarTests
{
    private static readonly DateTime Created = Utc("2025-01-01T10:15:00");

    [Theory]
    [InlineData("0 * * * *", "UTC", null, "2025-01-01T11:00:00")] // first occurrence strictly after the creation
    [InlineData("0 * * * *", "UTC", "2025-01-01T11:00:00", "2025-01-01T12:00:00")] // strictly after the last handled
    [InlineData("*/2 * * * * *", "UTC", "2025-01-01T11:00:00", "2025-01-01T11:00:02")] // 6 fields: seconds first
    [InlineData("0 9 * * *", "Europe/Berlin", "2025-03-29T08:00:00", "2025-03-30T07:00:00")] // 09:00 CET, then 09:00 CEST
    [InlineData("30 2 * * *", "Europe/Berlin", "2025-03-29T01:30:00", "2025-03-30T01:00:00")] // 02:30 does not exist: runs at 03:00 CEST
    [InlineData("30 2 * * *", "Europe/Berlin", "2025-03-30T01:00:00", "2025-03-31T00:30:00")] // and the day after at 02:30 CEST again
    [InlineData("30 2 * * *", "Europe/Berlin", "2025-10-25T00:30:00", "2025-10-26T00:30:00")] // 02:30 happens twice: the first (CEST)…
    [InlineData("30 2 * * *", "Europe/Berlin", "2025-10-26T00:30:00", "2025-10-27T01:30:00")] // …only: the next is the day after, 02:30 CET
    [InlineData("0 9 * * *", "W. Europe Standard Time", "2025-03-29T08:00:00", "2025-03-30T07:00:00")] // Windows id
    public void NextOccurrence_Cron_IsStrictlyAfterLastHandledInTheZone(string cron, string zone, string? lastHandled, string expected)
    {
        var request = Cron(cron) with { TimeZone = zone };

        var next = ScheduleCalendar.NextOccurrence(request, lastHandled is null ? null : Utc(lastHandled), Created);

        Assert.Equal(Utc(expected), next);
        Assert.Equal(DateTimeKind.Utc, next!.Value.Kind);
    }

    [Fact]
    public void NextOccurrence_OneShot_IsStartAtThenNone()
    {
        var request = OneShot("2025-01-01T12:00:00");

        Assert.Equal(Utc("2025-01-01T12:00:00"), ScheduleCalendar.NextOccurrence(request, null, Created));
        Assert.Null(ScheduleCalendar.NextOccurrence(request, Utc("2025-01-01T12:00:00"), Created));
    }

    [Fact]
    public void NextOccurrence_OneShotBeforeCreation_IsStillStartAt()
    {
        // Validation lets a one-shot lie in the past within the catch-up window; it is still its occurrence.
        Assert.Equal(Utc("2025-01-01T10:00:00"), ScheduleCalendar.NextOccurrence(OneShot("2025-01-01T10:00:00"), null, Created));
    }

    [Fact]
    public void Decide_BeforeNextOccurrence_WaitsUntilIt()
    {
        var decision = ScheduleCalendar.Decide(Cron("0 * * * *"), null, Created, Utc("2025-01-01T10:30:00"));

        Assert.Equal(new ScheduleDecision(ScheduleDecisionKind.Wait, Utc("2025-01-01T11:00:00")), decision);
    }

    [Fact]
    public void Decide_TimerFiredEarly_WaitsAgain()
    {
        var decision = ScheduleCalendar.Decide(Cron("0 * * * *"), null, Created, Utc("2025-01-01T11:00:00").AddMilliseconds(-400));

        Assert.Equal(ScheduleDecisionKind.Wait, decision.Kind);
        Assert.Equal(Utc("2025-01-01T11:00:00"), decision.OccurrenceUtc);
    }

    [Theory]
    [InlineData(MissedOccurrencePolicy.RunOnce)]
    [InlineData(MissedOccurrencePolicy.Skip)]
    public void Decide_OnTime_Runs(MissedOccurrencePolicy policy)
    {
        var request = Cron("0 * * * *") with { MissedOccurrences = policy };

        var decision = ScheduleCalendar.Decide(request, null, Created, Utc("2025-01-01T11:00:02"));

        Assert.Equal(new ScheduleDecision(ScheduleDecisionKind.Run, Utc("2025-01-01T11:00:00"), 0, Utc("2025-01-01T11:00:00")), decision);
    }

    [Fact]
    public void Decide_RunOnceZeroWindowOnTime_StillRuns()
    {
        var request = Cron("0 * * * *") with { CatchUpWindow = TimeSpan.Zero };

        Assert.Equal(ScheduleDecisionKind.Run, ScheduleCalendar.Decide(request, null, Created, Utc("2025-01-01T11:00:30")).Kind);
    }

    [Fact]
    public void Decide_RunOnceLatestMissedWithinWindow_RunsLatestOnceAndCountsTheRest()
    {
        // Down from 08:30 to 10:30: 09:00 and 10:00 were missed; 10:00 is 30 minutes late, inside the 1-hour window.
        var decision = ScheduleCalendar.Decide(Cron("0 * * * *"), Utc("2025-01-01T08:00:00"), Created, Utc("2025-01-01T10:30:00"));

        Assert.Equal(new ScheduleDecision(ScheduleDecisionKind.Run, Utc("2025-01-01T10:00:00"), 1, Utc("2025-01-01T10:00:00")), decision);
    }

    [Fact]
    public void Decide_RunOnceLatestMissedOutsideWindow_SkipsThemAll()
    {
        var request = Cron("0 6 * * *");

        var decision = ScheduleCalendar.Decide(request, Utc("2025-01-01T06:00:00"), Created, Utc("2025-01-03T09:00:00"));

        Assert.Equal(new ScheduleDecision(ScheduleDecisionKind.Skip, Utc("2025-01-03T06:00:00"), 1, Utc("2025-01-03T06:00:00")), decision);
        Assert.Equal(Utc("2025-01-04T06:00:00"), ScheduleCalendar.NextOccurrence(request, decision.HandledThroughUtc, Created));
    }

    [Fact]
    public void Decide_RunOnceWithWiderWindow_RunsWhatTheDefaultWouldSkip()
    {
        var request = Cron("0 6 * * *") with { CatchUpWindow = TimeSpan.FromHours(4) };

        var decision = ScheduleCalendar.Decide(request, Utc("2025-01-01T06:00:00"), Created, Utc("2025-01-03T09:00:00"));

        Assert.Equal(ScheduleDecisionKind.Run, decision.Kind);
        Assert.Equal(Utc("2025-01-03T06:00:00"), decision.OccurrenceUtc);
    }

    [Fact]
    public void Decide_SkipPolicyLate_SkipsEvenWithinCatchUpWindow()
    {
        var request = Cron("0 * * * *") with { MissedOccurrences = MissedOccurrencePolicy.Skip };

        var decision = ScheduleCalendar.Decide(request, Utc("2025-01-01T08:00:00"), Created, Utc("2025-01-01T10:05:00"));

        Assert.Equal(new ScheduleDecision(ScheduleDecisionKind.Skip, Utc("2025-01-01T10:00:00"), 1, Utc("2025-01-01T10:00:00")), decision);
    }

    [Fact]
    public void Decide_SkipPolicyEarlierMissedLatestOnTime_RunsTheLatestOnly()
    {
        var request = Cron("0 * * * *") with { MissedOccurrences = MissedOccurrencePolicy.Skip };

        var decision = ScheduleCalendar.Decide(request, Utc("2025-01-01T08:00:00"), Created, Utc("2025-01-01T10:00:20"));

        Assert.Equal(new ScheduleDecision(ScheduleDecisionKind.Run, Utc("2025-01-01T10:00:00"), 1, Utc("2025-01-01T10:00:00")), decision);
    }

    [Fact]
    public void Decide_OneShotDue_RunsThenEnds()
    {
        var request = OneShot("2025-01-01T12:00:00");

        var decision = ScheduleCalendar.Decide(request, null, Created, Utc("2025-01-01T12:00:01"));

        Assert.Equal(new ScheduleDecision(ScheduleDecisionKind.Run, Utc("2025-01-01T12:00:00"), 0, Utc("2025-01-01T12:00:00")), decision);
        Assert.Equal(ScheduleDecision.End, ScheduleCalendar.Decide(request, decision.HandledThroughUtc, Created, Utc("2025-01-01T12:00:02")));
    }

    [Theory]
    [InlineData(MissedOccurrencePolicy.RunOnce, "2025-01-01T12:59:00", "Run")]
    [InlineData(MissedOccurrencePolicy.RunOnce, "2025-01-01T13:01:00", "Skip")]
    [InlineData(MissedOccurrencePolicy.Skip, "2025-01-01T12:00:50", "Run")]
    [InlineData(MissedOccurrencePolicy.Skip, "2025-01-01T12:10:00", "Skip")]
    public void Decide_OneShotLate_FollowsPolicy(MissedOccurrencePolicy policy, string now, string expected)
    {
        var request = OneShot("2025-01-01T12:00:00") with { MissedOccurrences = policy };

        Assert.Equal(expected, ScheduleCalendar.Decide(request, null, Created, Utc(now)).Kind.ToString());
    }

    [Fact]
    public void Decide_VeryLongOutageOfFrequentCron_RunsTheLatestWithoutCountingForever()
    {
        var now = Utc("2025-01-03T10:15:07").AddMilliseconds(300);

        var decision = ScheduleCalendar.Decide(Cron("* * * * * *"), Utc("2025-01-01T10:15:00"), Created, now);

        Assert.Equal(ScheduleDecisionKind.Run, decision.Kind);
        Assert.Equal(Utc("2025-01-03T10:15:07"), decision.OccurrenceUtc);
        Assert.Equal(decision.OccurrenceUtc, decision.HandledThroughUtc);
        Assert.True(decision.Missed >= ScheduleCalendar.MaxCountedMisses);
    }

    [Fact]
    public void Decide_DstSpringForwardMissed_RunsTheShiftedOccurrence()
    {
        // Daily 02:30 Berlin; down over the night of the change; wakes at 03:10 CEST (01:10Z).
        var request = Cron("30 2 * * *") with { TimeZone = "Europe/Berlin" };

        var decision = ScheduleCalendar.Decide(request, Utc("2025-03-29T01:30:00"), Created, Utc("2025-03-30T01:10:00"));

        Assert.Equal(new ScheduleDecision(ScheduleDecisionKind.Run, Utc("2025-03-30T01:00:00"), 0, Utc("2025-03-30T01:00:00")), decision);
    }

    [Fact]
    public void Rollout_Occurrence_IsScheduledDotScheduleIdDotCompactUtcTime()
    {
        Assert.Equal("scheduled.nightly.20250330T010000Z", ScheduleIds.Rollout("nightly", Utc("2025-03-30T01:00:00")));
        Assert.Equal("schedule.nightly", ScheduleIds.Orchestration("nightly"));
    }

    private static ScheduleRequest Cron(string cron) => new() { ScheduleId = "s", Rollout = Rollout(), Cron = cron };

    private static ScheduleRequest OneShot(string at) => new() { ScheduleId = "s", Rollout = Rollout(), StartAt = new DateTimeOffset(Utc(at)) };

    private static RolloutRequest Rollout() => new() { AliasId = "alias-1", FleetId = "fleet-2" };

    private static DateTime Utc(string value) =>
        DateTime.SpecifyKind(DateTime.Parse(value, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
}
