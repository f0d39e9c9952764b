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
        Assert.Equal(22, Cases.Count);

    [Theory]
    [InlineData("0 3 * * *", "Europe/Berlin")]
    [InlineData("*/2 * * * * *", "UTC")]
    [InlineData("0 9 * * MON-FRI", "America/New_York")]
    [InlineData("0 3 * * *", null)]
    [InlineData("0 3 * * *", "")]
    public void Validate_GoodCron_NoErrors(string cron, string? zone) =>
        Assert.Empty(ScheduleRequestValidator.Validate(Valid with { Cron = cron, TimeZone = zone }, Now));

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
