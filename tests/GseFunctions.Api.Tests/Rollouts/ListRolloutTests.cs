using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GseFunctions.Api.Problems;
using GseFunctions.Rollouts.Scheduling;
using GseFunctions.Testing;

namespace GseFunctions.Api.Tests.Rollouts;

/// <summary><c>GET /api/rollouts</c> with its filters and paging, and what is not a rollout (unknown ids, schedule instances).</summary>
public sealed class ListRolloutTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private ApiStack _stack = null!;

    public async Task InitializeAsync() => _stack = await ApiStack.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task ListAsync_ByAliasStatusAndTime_AnswersOnlyMatchingRollouts()
    {
        var seedA = await RolloutSeed.CreateAsync(_stack.Gse, protection: "NoProtection", sessions: 0);
        var seedB = await RolloutSeed.CreateAsync(_stack.Gse, protection: "NoProtection", sessions: 0);
        using var http = _stack.AdminClient();
        var completed = (await RolloutApi.StartAsync(http, RolloutApi.Body(seedA))).GetProperty("id").GetString()!;
        var completedDetails = await RolloutApi.EndedAsync(http, completed);
        await CreateScheduleAsync(http, "nightly", seedA.AliasId);
        var running = (await RolloutApi.StartAsync(http, RolloutApi.Body(seedB, options: ("requireApproval", true)))).GetProperty("id").GetString()!;
        var runningDetails = await RolloutApi.PhaseAsync(http, running, "AwaitingApproval");

        var all = await ListAsync(http, "");
        Assert.Equal(new[] { completed, running }.Order(StringComparer.Ordinal), all.Keys.Order(StringComparer.Ordinal));
        var done = all[completed];
        Assert.Equal(["rolloutId", "aliasId", "runtimeStatus", "phase", "outcome", "createdTime", "lastUpdatedTime"], done.EnumerateObject().Select(p => p.Name));
        Assert.Equal(seedA.AliasId, done.GetProperty("aliasId").GetString());
        Assert.Equal("Completed", done.GetProperty("runtimeStatus").GetString());
        Assert.Equal("Completed", done.GetProperty("phase").GetString());
        Assert.Equal("Completed", done.GetProperty("outcome").GetString());
        Assert.Equal(completedDetails.GetProperty("createdTime").GetString(), done.GetProperty("createdTime").GetString());
        var waiting = all[running];
        Assert.Equal(seedB.AliasId, waiting.GetProperty("aliasId").GetString());
        Assert.Equal("Running", waiting.GetProperty("runtimeStatus").GetString());
        Assert.Equal("AwaitingApproval", waiting.GetProperty("phase").GetString());
        Assert.False(waiting.TryGetProperty("outcome", out _));

        Assert.Equal([completed], (await ListAsync(http, $"aliasId={seedA.AliasId}")).Keys);
        Assert.Equal([running], (await ListAsync(http, $"aliasId={seedB.AliasId}")).Keys);
        Assert.Empty(await ListAsync(http, "aliasId=alias-nobody"));
        Assert.Equal([running], (await ListAsync(http, "runtimeStatus=running")).Keys);
        Assert.Equal([completed], (await ListAsync(http, "runtimeStatus=Completed,Failed,Terminated")).Keys);
        Assert.Equal(2, (await ListAsync(http, "runtimeStatus=COMPLETED,%20Running")).Count);
        Assert.Empty(await ListAsync(http, $"runtimeStatus=Running&aliasId={seedA.AliasId}"));

        var first = completedDetails.GetProperty("createdTime").GetDateTimeOffset();
        var second = runningDetails.GetProperty("createdTime").GetDateTimeOffset();
        Assert.True(second > first, $"{second:O} should follow {first:O}");
        var between = Uri.EscapeDataString((first + ((second - first) / 2)).ToString("O"));
        Assert.Equal([running], (await ListAsync(http, $"createdFrom={between}")).Keys);
        Assert.Equal([completed], (await ListAsync(http, $"createdTo={between}")).Keys);
        Assert.Equal([completed], (await ListAsync(http, $"createdFrom={Uri.EscapeDataString(first.AddSeconds(-1).ToString("O"))}&createdTo={between}")).Keys);

        // The bounds of the accepted range are honoured; a bound the task hub would drop (0001-01-01) is refused.
        Assert.Empty(await ListAsync(http, "createdTo=1970-01-01T00:00:00Z"));
        Assert.Equal(2, (await ListAsync(http, "createdFrom=1970-01-01T00:00:00Z&createdTo=9999-12-30T23:59:59Z")).Count);
        await ProblemAssert.IsValidationAsync(await http.GetAsync("/api/rollouts?createdTo=0001-01-01T00:00:00Z"), "createdTo");
    }

    [Fact]
    public async Task ListAsync_OneRolloutPerPage_FollowsTheTokenThroughEveryRolloutOnce()
    {
        using var http = _stack.AdminClient();
        var seed = await RolloutSeed.CreateAsync(_stack.Gse, protection: "NoProtection", sessions: 0);
        var started = new List<string>();
        foreach (var key in new[] { "one", "two", "three" })
        {
            var id = (await RolloutApi.StartAsync(http, RolloutApi.Body(seed, idempotencyKey: key))).GetProperty("id").GetString()!;
            await RolloutApi.EndedAsync(http, id);
            started.Add(id);
        }

        await CreateScheduleAsync(http, "weekly", seed.AliasId);

        var seen = new List<string>();
        string? token = null;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < 20, "paging should end");
            var page = await http.GetFromJsonAsync<JsonElement>("/api/rollouts?top=1" + (token is null ? "" : "&continuationToken=" + Uri.EscapeDataString(token)));
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.True(items.Count <= 1, $"a page of top=1 held {items.Count}");
            seen.AddRange(items.Select(i => i.GetProperty("rolloutId").GetString()!));
            token = page.TryGetProperty("continuationToken", out var next) ? next.GetString() : null;
            if (token is null)
            {
                break;
            }
        }

        Assert.Equal(started.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetAndEvents_UnknownIdOrScheduleInstance_Answer404AndChangeNothing()
    {
        using var http = _stack.AdminClient();
        await CreateScheduleAsync(http, "release-train", "alias-00000000");
        var before = await StoreSnapshot.TakeAsync(_stack, azurite.ConnectionString);
        Assert.Contains(ScheduleIds.Orchestration("release-train"), before.Instances);

        foreach (var id in new[] { "rollout-0123456789abcdef", ScheduleIds.Orchestration("release-train") })
        {
            var problem = await ProblemAssert.IsProblemAsync(await http.GetAsync($"/api/rollouts/{id}"), HttpStatusCode.NotFound);
            Assert.Equal(ApiProblemTypes.NotFound, problem.GetProperty("type").GetString());
            foreach (var action in new[] { "approve", "abort", "rollback" })
            {
                await ProblemAssert.IsProblemAsync(await http.PostAsync($"/api/rollouts/{id}/{action}", content: null), HttpStatusCode.NotFound);
            }
        }

        Assert.Empty(await ListAsync(http, ""));
        await StoreSnapshot.AssertUnchangedAsync(before, _stack, azurite.ConnectionString);
    }

    private static async Task CreateScheduleAsync(HttpClient http, string scheduleId, string aliasId)
    {
        using var created = await http.PostAsJsonAsync("/api/schedules", new
        {
            scheduleId,
            cron = "0 3 1 1 *",
            rollout = new { aliasId, fleetId = "fleet-00000000" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    private static async Task<Dictionary<string, JsonElement>> ListAsync(HttpClient http, string query)
    {
        using var response = await http.GetAsync("/api/rollouts?" + query);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode} {text}");
        var page = JsonDocument.Parse(text).RootElement;
        Assert.False(page.TryGetProperty("continuationToken", out _), $"{query}: one page holds every rollout here");
        return page.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("rolloutId").GetString()!, i => i.Clone(), StringComparer.Ordinal);
    }
}
