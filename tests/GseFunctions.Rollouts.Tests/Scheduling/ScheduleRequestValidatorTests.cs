using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Scheduling;
using GseFunctions.Rollouts.Starting;

namespace GseFunctions.Rollouts.Tests.Scheduling;

public sealed class ScheduleRequestValidatorTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 10, 0, 0, TimeSpan.Zero);

    private static readonly ScheduleRequest Valid = new()
    {
        ScheduleId = "nightly_release-1",
        Rollout = new RolloutRequest { AliasId = "alias-1", FleetId = "fleet-2" },
        Cron = "0 3 * * *",
        TimeZone = "Europe/Berlin",
    };

    private static readonly Dictionary<string, Func<ScheduleRequest, ScheduleRequest>> Cases = new()
    {
        ["empty id"] = r => r with { ScheduleId = "" },
        ["id too long"] = r => r with { ScheduleId = new string('a', 65) },
        ["id with a slash"] = r => r with { ScheduleId = "a/b" },
        ["id with a space"] = r => r with { ScheduleId = "a b" },
        ["no rollout"] = r => r with { Rollout = null! },
        ["rollout without alias"] = r => r with { Rollout = r.Rollout with { AliasId = "" } },
        ["rollout with two targets"] = r => r with { Rollout = r.Rollout with { NewFleet = new NewFleetSpec { AssetId = "asset-1" } } },
        ["rollout with a bad option"] = r => r with { Rollout = r.Rollout with { Options = new RolloutOptions { PollInterval = TimeSpan.Zero } } },
        ["rollout with an idempotency key"] = r => r with { Rollout = r.Rollout with { IdempotencyKey = "k" } },
        ["neither startAt nor cron"] = r => r with { Cron = null },
        ["both startAt and cron"] = r => r with { StartAt = Now.AddHours(1) },
        ["startAt past the window"] = r => r with { Cron = null, StartAt = Now.AddHours(-2) },
        ["startAt past a zero window"] = r => r with { Cron = null, StartAt = Now.AddSeconds(-1), CatchUpWindow = TimeSpan.Zero },
        ["cron with 4 fields"] = r => r with { Cron = "0 3 * *" },
        ["cron with 7 fields"] = r => r with { Cron = "0 0 3 * * * 2025" },
        ["cron with a bad minute"] = r => r with { Cron = "61 3 * * *" },
        ["cron garbage"] = r => r with { Cron = "every night" },
        ["cron never occurring"] = r => r with { Cron = "0 0 30 2 *" },
        ["cron every second"] = r => r with { Cron = "* * * * * *" },
        ["unknown time zone"] = r => r with { TimeZone = "Mars/Olympus_Mons" },
        ["negative window"] = r => r with { CatchUpWindow = TimeSpan.FromMinutes(-1) },
        ["window over 7 days"] = r => r with { CatchUpWindow = TimeSpan.FromDays(8) },
        ["undefined policy"] = r => r with { MissedOccurrences = (MissedOccurrencePolicy)7 },
    };

    [Theory]
    [InlineData("empty id", "scheduleId")]
    [InlineData("id too long", "scheduleId")]
    [InlineData("id with a slash", "scheduleId")]
    [InlineData("id with a space", "scheduleId")]
    [InlineData("no rollout", "rollout")]
    [InlineData("rollout without alias", "rollout.aliasId")]
    [InlineData("rollout with two targets", "rollout.fleetId")]
    [InlineData("rollout with a bad option", "rollout.options.pollInterval")]
    [InlineData("rollout with an idempotency key", "rollout.idempotencyKey")]
    [InlineData("neither startAt nor cron", "startAt")]
    [InlineData("both startAt and cron", "startAt")]
    [InlineData("startAt past the window", "startAt")]
    [InlineData("startAt past a zero window", "startAt")]
    [InlineData("cron with 4 fields", "cron")]
    [InlineData("cron with 7 fields", "cron")]
    [InlineData("cron with a bad minute", "cron")]
    [InlineData("cron garbage", "cron")]
    [InlineData("cron never occurring", "cron")]
    [InlineData("cron every second", "cron")]
    [InlineData("unknown time zone", "timeZone")]
    [InlineData("negative window", "catchUpWindow")]
    [InlineData("window over 7 days", "catchUpWindow")]
    [InlineData("undefined policy", "missedOccurrences")]
    public void Validate_BadRequest_ReportsTheField(string @case, string field)
    {
        var errors = ScheduleRequestValidator.Validate(Cases[@case](Valid), Now);

        var only = Assert.Single(errors);
        Assert.Equal(field, only.Key);
        Assert.All(only.Value, m => Assert.False(string.IsNullOrWhiteSpace(m)));
    }

    [Fact]
    public void Validate_EveryCaseIsInTheTable_NoneForgotten() =>
        Assert.Equal(23, Cases.Count);

    [Theory]
    [InlineData("0 3 * * *", "Europe/Berlin")]
    [InlineData("0 */2 * * * *", "UTC")]
    [InlineData("* * * * *", "UTC")]
    [InlineData("0 9 * * MON-FRI", "America/New_York")]
    [InlineData("0 3 * * *", null)]
    [InlineData("0 3 * * *", "")]
    public void Validate_GoodCron_NoErrors(string cron, string? zone) =>
        Assert.Empty(ScheduleRequestValidator.Validate(Valid with { Cron = cron, TimeZone = zone }, Now));

    [Theory]
    [InlineData("* * * * * *", "UTC", 60)] // every second
    [InlineData("*/30 * * * * *", "UTC", 60)]
    [InlineData("0,30 * * * * *", "UTC", 60)] // 30 s gaps: the example
    [InlineData("0,59 * * * * *", "UTC", 60)] // 59 s, then 1 s
    [InlineData("0,29 * * * * *", "UTC", 30)] // 29 s, then 31 s
    [InlineData("0 0,1 * * * *", "UTC", 120)] // 1 minute, then 59
    [InlineData("* 0 3 1 1 *", "UTC", 60)] // every second of one minute a year: the gaps only show next January
    [InlineData("* * * 29 2 *", "UTC", 60)] // every second of a day that comes in 2028
    [InlineData("0 0,59 1,3 * * *", "Europe/Berlin", 120)] // 59 and 61 minutes, but 1 minute across the spring change (01:59 CET to 03:00 CEST)
    [InlineData("0 3 * * *", "Europe/Berlin", 86_400)] // gaps are elapsed time: the spring change makes one day 23 hours
    public void Validate_CronFasterThanTheMinimum_RefusesNamingTheMinimum(string cron, string zone, int minimumSeconds)
    {
        var minimum = TimeSpan.FromSeconds(minimumSeconds);

        var errors = ScheduleRequestValidator.Validate(Valid with { Cron = cron, TimeZone = zone }, Now, minimum);

        var only = Assert.Single(errors);
        Assert.Equal("cron", only.Key);
        var message = Assert.Single(only.Value);
        Assert.Contains(minimum.ToString("c", System.Globalization.CultureInfo.InvariantCulture), message, StringComparison.Ordinal);
        Assert.Contains("Schedules:MinimumInterval", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("* * * * *", "UTC", 60)] // every minute: exactly the minimum
    [InlineData("0 * * * * *", "UTC", 60)]
    [InlineData("0,30 * * * * *", "UTC", 30)]
    [InlineData("0 0,1 * * * *", "UTC", 60)]
    [InlineData("*/2 * * * * *", "UTC", 2)]
    [InlineData("0 0,59 1,3 * * *", "UTC", 120)] // no daylight saving in UTC: 59 minutes at the least
    [InlineData("0 0,59 1,3 * * *", "Europe/Berlin", 60)]
    [InlineData("0 3 * * *", "Europe/Berlin", 82_800)] // daily: 23 hours across the spring change, the shortest elapsed gap
    public void Validate_CronAtOrAboveTheMinimum_NoErrors(string cron, string zone, int minimumSeconds) =>
        Assert.Empty(ScheduleRequestValidator.Validate(Valid with { Cron = cron, TimeZone = zone }, Now, TimeSpan.FromSeconds(minimumSeconds)));

    [Fact]
    public void Validate_NoMinimumGiven_UsesTheDefaultMinute()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), new ScheduleOptions().MinimumInterval);
        Assert.Empty(ScheduleRequestValidator.Validate(Valid with { Cron = "* * * * *" }, Now));
        Assert.Equal(["cron"], ScheduleRequestValidator.Validate(Valid with { Cron = "0,30 * * * * *" }, Now).Keys);
    }

    [Theory]
    [InlineData(3600)]
    [InlineData(0)]
    [InlineData(-3599)]
    public void Validate_OneShotNowOrWithinWindow_NoErrors(int secondsFromNow) =>
        Assert.Empty(ScheduleRequestValidator.Validate(Valid with { Cron = null, StartAt = Now.AddSeconds(secondsFromNow) }, Now));

    [Fact]
    public void ThrowIfInvalid_SeveralProblems_ThrowsWithEveryField()
    {
        var bad = Valid with { ScheduleId = "", TimeZone = "Nowhere/Else", CatchUpWindow = TimeSpan.FromDays(30) };

        var e = Assert.Throws<RolloutValidationException>(() => ScheduleRequestValidator.ThrowIfInvalid(bad, Now));

        Assert.Equal(["catchUpWindow", "scheduleId", "timeZone"], e.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("timeZone", e.Message, StringComparison.Ordinal);
    }
}
