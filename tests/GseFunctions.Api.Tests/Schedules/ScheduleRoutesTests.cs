using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GseFunctions.Api.Problems;
using GseFunctions.Api.Tests.Durable;
using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Scheduling;
using GseFunctions.Testing;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Tests.Schedules;

/// <summary>Schedules over HTTP: create (one-shot, cron with a time zone), the same again, list, get, delete.</summary>
public sealed class ScheduleRoutesTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private ApiStack _stack = null!;

    public async Task InitializeAsync() => _stack = await ApiStack.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task CreateAsync_OneShotAndCron_Answer201ThenTheSameAgain200AndADifferentDefinition409()
    {
        using var http = _stack.AdminClient();
        var startAt = TimeProvider.System.GetUtcNow().AddDays(1);
        var oneShot = new { scheduleId = "friday-release", startAt = startAt.ToOffset(TimeSpan.FromHours(2)), rollout = Template() };

        using var created = await http.PostAsJsonAsync("/api/schedules", oneShot);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/schedules/friday-release", created.Headers.Location?.OriginalString);
        var schedule = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["scheduleId", "rollout", "startAt", "timeZone", "missedOccurrences", "catchUpWindow", "createdAt"], schedule.EnumerateObject().Select(p => p.Name));
        Assert.Equal(startAt.UtcDateTime, schedule.GetProperty("startAt").GetDateTime());
        Assert.EndsWith("Z", schedule.GetProperty("startAt").GetString(), StringComparison.Ordinal);
        Assert.Equal("UTC", schedule.GetProperty("timeZone").GetString());
        Assert.Equal("RunOnce", schedule.GetProperty("missedOccurrences").GetString());
        Assert.Equal("01:00:00", schedule.GetProperty("catchUpWindow").GetString());
        Assert.Equal("alias-00000001", schedule.GetProperty("rollout").GetProperty("aliasId").GetString());

        using var again = await http.PostAsJsonAsync("/api/schedules", oneShot);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var existing = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(schedule.ToString(), existing.ToString());

        using var different = await http.PostAsJsonAsync("/api/schedules", new { scheduleId = "friday-release", cron = "0 3 * * 5", rollout = Template() });
        var problem = await ProblemAssert.IsProblemAsync(different, HttpStatusCode.Conflict);
        Assert.Equal(ApiProblemTypes.Conflict, problem.GetProperty("type").GetString());

        var cron = new { scheduleId = "nightly-berlin", cron = "30 3 * * *", timeZone = "Europe/Berlin", missedOccurrences = "Skip", rollout = Template() };
        using var recurring = await http.PostAsJsonAsync("/api/schedules", cron);
        Assert.Equal(HttpStatusCode.Created, recurring.StatusCode);
        var nightly = await recurring.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("30 3 * * *", nightly.GetProperty("cron").GetString());
        Assert.Equal("Europe/Berlin", nightly.GetProperty("timeZone").GetString());
        Assert.Equal("Skip", nightly.GetProperty("missedOccurrences").GetString());
        Assert.False(nightly.TryGetProperty("startAt", out _));
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsJsonAsync("/api/schedules", cron)).StatusCode);
    }

    [Fact]
    public async Task GetListDelete_TwoSchedules_ReportStatusPageByIdAndDeleteOnce()
    {
        using var http = _stack.AdminClient();
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsJsonAsync("/api/schedules", new { scheduleId = "b-nightly", cron = "30 3 * * *", timeZone = "Asia/Shanghai", rollout = Template() })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsJsonAsync("/api/schedules", new { scheduleId = "a-once", startAt = TimeProvider.System.GetUtcNow().AddDays(2), rollout = Template() })).StatusCode);

        JsonElement nightly = default;
        await Eventually.HoldsAsync(
            async () =>
            {
                nightly = await http.GetFromJsonAsync<JsonElement>("/api/schedules/b-nightly");
                return nightly.TryGetProperty("status", out _);
            },
            TimeSpan.FromSeconds(30),
            "the schedule's first status");
        Assert.Equal("Running", nightly.GetProperty("runtimeStatus").GetString());
        var status = nightly.GetProperty("status");
        var next = DateTime.Parse(status.GetProperty("nextOccurrence").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        Assert.EndsWith("Z", status.GetProperty("nextOccurrence").GetString(), StringComparison.Ordinal);
        Assert.Equal((19, 30), (next.Hour, next.Minute)); // 03:30 in Shanghai (UTC+8, no daylight saving)
        Assert.False(status.GetProperty("ended").GetBoolean());
        Assert.Empty(status.GetProperty("lastOccurrences").EnumerateArray());

        var all = await http.GetFromJsonAsync<JsonElement>("/api/schedules");
        Assert.Equal(["a-once", "b-nightly"], all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("scheduleId").GetString()));
        Assert.False(all.TryGetProperty("continuationToken", out _));
        var first = await http.GetFromJsonAsync<JsonElement>("/api/schedules?top=1");
        Assert.Equal(["a-once"], first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("scheduleId").GetString()));
        var token = first.GetProperty("continuationToken").GetString()!;
        var second = await http.GetFromJsonAsync<JsonElement>("/api/schedules?top=1&continuationToken=" + Uri.EscapeDataString(token));
        Assert.Equal(["b-nightly"], second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("scheduleId").GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync("/api/schedules/b-nightly")).StatusCode);
        await ProblemAssert.IsProblemAsync(await http.GetAsync("/api/schedules/b-nightly"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await http.DeleteAsync("/api/schedules/b-nightly"), HttpStatusCode.NotFound);
        await Eventually.HoldsAsync(
            async () => (await _stack.Durable.GetInstanceAsync(ScheduleIds.Orchestration("b-nightly")))?.RuntimeStatus == OrchestrationRuntimeStatus.Terminated,
            TimeSpan.FromSeconds(30),
            "the deleted schedule's orchestration terminated");
        var left = await http.GetFromJsonAsync<JsonElement>("/api/schedules");
        Assert.Equal(["a-once"], left.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("scheduleId").GetString()));
        await ProblemAssert.IsProblemAsync(await http.GetAsync("/api/schedules/never-created"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreateAsync_WorkflowIdHeldByARollout_Answers409AndKeepsTheRollout()
    {
        // The instance id the schedule's workflow would get already names a finished rollout (issue #12).
        using var http = _stack.AdminClient();
        var held = ScheduleIds.Orchestration("taken");
        await DurableInstances.StartRefusedRolloutAsync(_stack, held);
        await DurableInstances.WaitForAsync(_stack, held, OrchestrationRuntimeStatus.Completed);

        using var created = await http.PostAsJsonAsync("/api/schedules", new { scheduleId = "taken", cron = "30 3 * * *", rollout = Template() });

        var problem = await ProblemAssert.IsProblemAsync(created, HttpStatusCode.Conflict);
        Assert.Equal(ApiProblemTypes.Conflict, problem.GetProperty("type").GetString());
        Assert.Contains(held, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(await http.GetAsync("/api/schedules/taken"), HttpStatusCode.NotFound);
        var rollout = await _stack.Durable.GetInstanceAsync(held);
        Assert.Equal(RolloutTaskNames.Rollout, rollout?.Name);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, rollout!.RuntimeStatus);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/rollouts/{held}")).StatusCode);
    }

    [Fact]
    public async Task GetRollout_ScheduledOccurrenceId_Answers200()
    {
        using var http = _stack.AdminClient();
        var id = ScheduleIds.Rollout("nightly", new DateTime(2026, 12, 7, 0, 2, 22, DateTimeKind.Utc));
        await DurableInstances.StartRefusedRolloutAsync(_stack, id);
        await DurableInstances.WaitForAsync(_stack, id, OrchestrationRuntimeStatus.Completed);

        var rollout = await http.GetFromJsonAsync<JsonElement>($"/api/rollouts/{id}");

        Assert.Equal(id, rollout.GetProperty("rolloutId").GetString());
        Assert.Contains(id, (await http.GetFromJsonAsync<JsonElement>("/api/rollouts")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("rolloutId").GetString()));
    }

    private static object Template() => new { aliasId = "alias-00000001", fleetId = "fleet-00000002", options = new { requireApproval = true } };
}
