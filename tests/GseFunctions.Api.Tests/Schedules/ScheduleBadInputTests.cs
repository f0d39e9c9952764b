using System.Net;
using System.Text;
using GseFunctions.Api.Tests.Rollouts;

namespace GseFunctions.Api.Tests.Schedules;

/// <summary>The bad-input table of the schedule routes: each refusal names its field and stores nothing.</summary>
public sealed class ScheduleBadInputTests(SharedApiStack shared) : IClassFixture<SharedApiStack>
{
    private const string Rollout = "\"rollout\":{\"aliasId\":\"alias-00000001\",\"fleetId\":\"fleet-00000002\"}";

    [Theory]
    [InlineData("cron and startAt", "{\"scheduleId\":\"s1\",\"cron\":\"0 3 * * *\",\"startAt\":\"{tomorrow}\"," + Rollout + "}", 400, "startAt")]
    [InlineData("neither cron nor startAt", "{\"scheduleId\":\"s1\"," + Rollout + "}", 400, "startAt")]
    [InlineData("bad cron", "{\"scheduleId\":\"s1\",\"cron\":\"every night\"," + Rollout + "}", 400, "cron")]
    [InlineData("cron that never occurs", "{\"scheduleId\":\"s1\",\"cron\":\"0 0 30 2 *\"," + Rollout + "}", 400, "cron")]
    [InlineData("cron every second", "{\"scheduleId\":\"s1\",\"cron\":\"* * * * * *\"," + Rollout + "}", 400, "cron")]
    [InlineData("cron every 30 seconds", "{\"scheduleId\":\"s1\",\"cron\":\"0,30 * * * * *\"," + Rollout + "}", 400, "cron")]
    [InlineData("bad time zone", "{\"scheduleId\":\"s1\",\"cron\":\"0 3 * * *\",\"timeZone\":\"Mars/Olympus_Mons\"," + Rollout + "}", 400, "timeZone")]
    [InlineData("unknown field", "{\"scheduleId\":\"s1\",\"cron\":\"0 3 * * *\",\"colour\":\"red\"," + Rollout + "}", 400, "$.colour")]
    [InlineData("unknown rollout field", "{\"scheduleId\":\"s1\",\"cron\":\"0 3 * * *\",\"rollout\":{\"aliasId\":\"a\",\"fleetId\":\"f\",\"colour\":\"red\"}}", 400, "$.rollout.colour")]
    [InlineData("rollout without target", "{\"scheduleId\":\"s1\",\"cron\":\"0 3 * * *\",\"rollout\":{\"aliasId\":\"a\"}}", 400, "rollout.fleetId")]
    [InlineData("rollout with idempotency key", "{\"scheduleId\":\"s1\",\"cron\":\"0 3 * * *\",\"rollout\":{\"aliasId\":\"a\",\"fleetId\":\"f\",\"idempotencyKey\":\"k\"}}", 400, "rollout.idempotencyKey")]
    [InlineData("bad schedule id", "{\"scheduleId\":\"nightly release\",\"cron\":\"0 3 * * *\"," + Rollout + "}", 400, "scheduleId")]
    [InlineData("startAt long past", "{\"scheduleId\":\"s1\",\"startAt\":\"2020-01-01T00:00:00Z\"," + Rollout + "}", 400, "startAt")]
    [InlineData("negative catch-up window", "{\"scheduleId\":\"s1\",\"cron\":\"0 3 * * *\",\"catchUpWindow\":\"-01:00:00\"," + Rollout + "}", 400, "catchUpWindow")]
    [InlineData("bad missed-occurrence policy", "{\"scheduleId\":\"s1\",\"cron\":\"0 3 * * *\",\"missedOccurrences\":\"Sometimes\"," + Rollout + "}", 400, "$.missedOccurrences")]
    [InlineData("startAt not a time", "{\"scheduleId\":\"s1\",\"startAt\":\"tomorrow\"," + Rollout + "}", 400, "$.startAt")]
    [InlineData("oversized body", "{\"scheduleId\":\"s1\",\"cron\":\"0 3 * * *\",\"timeZone\":\"{huge}\"," + Rollout + "}", 413, null)]
    public async Task CreateAsync_BadRequest_AnswersTheFieldAndStoresNothing(string name, string body, int status, string? field)
    {
        var stack = shared.Stack;
        var before = await StoreSnapshot.TakeAsync(stack, shared.ConnectionString);
        using var http = stack.AdminClient();
        var text = body.Replace("{tomorrow}", TimeProvider.System.GetUtcNow().AddDays(1).ToString("O"), StringComparison.Ordinal)
            .Replace("{huge}", new string('x', 70_000), StringComparison.Ordinal);

        using var response = await http.PostAsync("/api/schedules", new StringContent(text, Encoding.UTF8, "application/json"));

        var problem = field is null
            ? await ProblemAssert.IsProblemAsync(response, (HttpStatusCode)status)
            : await ProblemAssert.IsValidationAsync(response, field);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()), name);
        await StoreSnapshot.AssertUnchangedAsync(before, stack, shared.ConnectionString);
        Assert.Empty(before.Instances); // this class never creates anything: every case leaves the hub and the table empty
        Assert.Equal(0, before.Schedules);
        await ProblemAssert.IsProblemAsync(await http.GetAsync("/api/schedules/s1"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreateAsync_CronFasterThanTheMinimum_Answers400NamingTheMinimumAndTheSetting()
    {
        using var http = shared.Stack.AdminClient();

        using var response = await http.PostAsync("/api/schedules", new StringContent("{\"scheduleId\":\"s1\",\"cron\":\"*/20 * * * * *\"," + Rollout + "}", Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsValidationAsync(response, "cron");
        var message = Assert.Single(problem.GetProperty("errors").GetProperty("cron").EnumerateArray()).GetString();
        Assert.Contains("00:01:00", message, StringComparison.Ordinal);
        Assert.Contains("Schedules:MinimumInterval", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/schedules/s1")).StatusCode);
    }

    [Fact]
    public async Task CreateAsync_TextBody_Answers415AndStoresNothing()
    {
        var before = await StoreSnapshot.TakeAsync(shared.Stack, shared.ConnectionString);
        using var http = shared.Stack.AdminClient();

        using var response = await http.PostAsync("/api/schedules", new StringContent("{\"scheduleId\":\"s1\",\"cron\":\"0 3 * * *\"," + Rollout + "}", Encoding.UTF8, "text/plain"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        await StoreSnapshot.AssertUnchangedAsync(before, shared.Stack, shared.ConnectionString);
    }

    [Theory]
    [InlineData("top=0", "top")]
    [InlineData("top=1001", "top")]
    [InlineData("continuationToken=not-a-token", "continuationToken")]
    [InlineData("continuationToken=r1.YQ", "continuationToken")]
    public async Task ListAsync_BadQuery_Answers400NamingTheParameter(string query, string field)
    {
        using var http = shared.Stack.AdminClient();

        await ProblemAssert.IsValidationAsync(await http.GetAsync("/api/schedules?" + query), field);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("DELETE")]
    public async Task Routes_BadScheduleId_Answer400NamingTheParameter(string method)
    {
        using var http = shared.Stack.AdminClient();

        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/schedules/bad!id");
        await ProblemAssert.IsValidationAsync(await http.SendAsync(request), "scheduleId");
    }
}
