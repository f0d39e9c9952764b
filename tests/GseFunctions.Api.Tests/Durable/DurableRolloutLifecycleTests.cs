using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GseFunctions.Api.Management;
using GseFunctions.Api.Tests.Rollouts;
using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Testing;

namespace GseFunctions.Api.Tests.Durable;

/// <summary>
/// A real rollout gated on approval, started through <c>POST /api/rollouts</c> and then driven end to end through the
/// management URIs it answers, used verbatim with only the system key they carry (no <c>x-functions-key</c>), as
/// release tooling would.
/// </summary>
public sealed class DurableRolloutLifecycleTests(DurableApiFixture fixture) : IClassFixture<DurableApiFixture>
{
    [Fact]
    public async Task ManagementUris_RolloutAwaitingApproval_SuspendResumeApproveThenPurge()
    {
        var stack = fixture.Stack;
        var seed = await RolloutSeed.CreateAsync(stack.Gse, sessions: 0);
        using var admin = stack.AdminClient();
        var started = await RolloutApi.StartAsync(admin, RolloutApi.Body(seed, options: ("requireApproval", true)));
        var id = started.GetProperty("id").GetString()!;
        var urls = JsonSerializer.Deserialize<HttpManagementPayload>(started, JsonSerializerOptions.Web)!;
        using var http = stack.Anonymous();

        // Running, waiting for approval: 202 with Location and Retry-After, input and custom status as JSON objects.
        var waiting = await PollAsync(http, urls.StatusQueryGetUri, s => Phase(s) == nameof(RolloutPhase.AwaitingApproval));
        DurableStatusAssert.IsRunningAnswer(waiting.Response, urls.StatusQueryGetUri);
        DurableStatusAssert.IsStatus(waiting.Body, id, RolloutTaskNames.Rollout, "Running");
        Assert.Equal(seed.AliasId, waiting.Body.GetProperty("input").GetProperty("request").GetProperty("aliasId").GetString());
        Assert.Equal(seed.Fleet2, waiting.Body.GetProperty("customStatus").GetProperty("newFleetId").GetString());
        Assert.Equal(JsonValueKind.Null, waiting.Body.GetProperty("output").ValueKind);

        var withoutInput = await DurableInstances.GetAsync(http, urls.StatusQueryGetUri + "&showInput=false");
        Assert.Equal(HttpStatusCode.Accepted, withoutInput.Status);
        Assert.Equal(JsonValueKind.Null, withoutInput.Body.GetProperty("input").ValueKind);
        Assert.Equal(JsonValueKind.Object, withoutInput.Body.GetProperty("customStatus").ValueKind);

        // Suspend, then resume: both through the URIs with the {text} placeholder filled in.
        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync(urls.SuspendPostUri.Replace("{text}", "release%20freeze", StringComparison.Ordinal), null)).StatusCode);
        var suspended = await PollAsync(http, urls.StatusQueryGetUri, s => s.GetProperty("runtimeStatus").GetString() == "Suspended");
        DurableStatusAssert.IsRunningAnswer(suspended.Response, urls.StatusQueryGetUri);
        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync(urls.ResumePostUri.Replace("{text}", "freeze%20over", StringComparison.Ordinal), null)).StatusCode);
        await PollAsync(http, urls.StatusQueryGetUri, s => s.GetProperty("runtimeStatus").GetString() == "Running");
        Assert.Equal(seed.Fleet1, await RolloutSeed.AliasFleetAsync(stack.Gse, seed.AliasId));

        // Approve through raiseEvent: the rollout switches the alias and completes.
        var approved = await http.PostAsJsonAsync(urls.SendEventPostUri.Replace("{eventName}", RolloutEvents.Approve, StringComparison.Ordinal), new { by = "release-bot" });
        Assert.Equal(HttpStatusCode.Accepted, approved.StatusCode);
        var done = await PollAsync(http, urls.StatusQueryGetUri, s => s.GetProperty("runtimeStatus").GetString() != "Running", TimeSpan.FromSeconds(60));
        DurableStatusAssert.IsFinalAnswer(done.Response, HttpStatusCode.OK);
        DurableStatusAssert.IsStatus(done.Body, id, RolloutTaskNames.Rollout, "Completed");
        Assert.Equal(nameof(RolloutOutcome.Completed), done.Body.GetProperty("output").GetProperty("outcome").GetString());
        Assert.Equal(nameof(RolloutPhase.Completed), Phase(done.Body));
        Assert.Equal(seed.Fleet2, await RolloutSeed.AliasFleetAsync(stack.Gse, seed.AliasId));

        // The history shows the approval and the steps it released, with results only when asked for.
        var history = (await DurableInstances.GetAsync(http, urls.StatusQueryGetUri + "&showHistory=true")).Body;
        DurableStatusAssert.IsStatus(history, id, RolloutTaskNames.Rollout, "Completed", withHistory: true);
        var events = history.GetProperty("historyEvents").EnumerateArray().ToList();
        Assert.Equal("ExecutionStarted", events[0].GetProperty("EventType").GetString());
        Assert.Equal(RolloutTaskNames.Rollout, events[0].GetProperty("FunctionName").GetString());
        Assert.Contains(events, e => e.GetProperty("EventType").GetString() == "EventRaised" && e.GetProperty("Name").GetString() == RolloutEvents.Approve);
        var switched = Assert.Single(events, e => e.GetProperty("EventType").GetString() == "TaskCompleted" && e.GetProperty("FunctionName").GetString() == RolloutTaskNames.SwitchAlias);
        Assert.False(switched.TryGetProperty("Result", out _));
        Assert.DoesNotContain(events, e => e.GetProperty("EventType").GetString() is "OrchestratorStarted" or "OrchestratorCompleted" or "TaskScheduled");
        Assert.Equal("Completed", events[^1].GetProperty("OrchestrationStatus").GetString());

        var withOutput = (await DurableInstances.GetAsync(http, urls.StatusQueryGetUri + "&showHistory=true&showHistoryOutput=true")).Body;
        var last = withOutput.GetProperty("historyEvents").EnumerateArray().Last();
        Assert.Equal(nameof(RolloutOutcome.Completed), last.GetProperty("Result").GetProperty("outcome").GetString());

        // Ended: no more events or commands (410), the instance unchanged.
        foreach (var uri in new[] { urls.SendEventPostUri.Replace("{eventName}", RolloutEvents.Rollback, StringComparison.Ordinal), urls.TerminatePostUri, urls.SuspendPostUri, urls.ResumePostUri })
        {
            var gone = await ProblemAssert.IsProblemAsync(await http.PostAsJsonAsync(uri, new { }), HttpStatusCode.Gone);
            Assert.Equal("Completed", gone.GetProperty("runtimeStatus").GetString());
        }

        // Purge: 200 with the count, then the instance is gone.
        var purged = await http.DeleteAsync(urls.PurgeHistoryDeleteUri);
        Assert.Equal(HttpStatusCode.OK, purged.StatusCode);
        Assert.Equal(1, (await purged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instancesDeleted").GetInt32());
        await ProblemAssert.IsProblemAsync(await http.GetAsync(urls.StatusQueryGetUri), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await http.DeleteAsync(urls.PurgeHistoryDeleteUri), HttpStatusCode.NotFound);
        Assert.Null(await stack.Durable.GetInstanceAsync(id));
    }

    private static string? Phase(JsonElement status) =>
        status.GetProperty("customStatus") is { ValueKind: JsonValueKind.Object } custom ? custom.GetProperty("phase").GetString() : null;

    private static async Task<(JsonElement Body, HttpResponseMessage Response)> PollAsync(HttpClient http, string uri, Func<JsonElement, bool> until, TimeSpan? timeout = null)
    {
        JsonElement body = default;
        HttpResponseMessage? response = null;
        await Eventually.HoldsAsync(
            async () =>
            {
                (_, body, response) = await DurableInstances.GetAsync(http, uri);
                Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
                return until(body);
            },
            timeout ?? TimeSpan.FromSeconds(30),
            $"the status at {uri}");
        return (body, response!);
    }
}
