using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GseFunctions.Rollouts.Activities;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Tests.Durable;

/// <summary>The Durable API's instance routes on real orchestrations that need no GSE: refused rollouts, failures, waiting schedules.</summary>
public sealed class DurableInstanceRoutesTests(DurableInstanceRoutesFixture fixture) : IClassFixture<DurableInstanceRoutesFixture>
{
    private ApiStack Stack => fixture.Stack;

    [Fact]
    public async Task GetStatus_CompletedRollout_Answers200WithOutputAndCustomStatusAsObjects()
    {
        var id = fixture.Completed;
        using var http = Stack.AdminClient();

        var response = await http.GetAsync(StatusPath(id));
        DurableStatusAssert.IsFinalAnswer(response, HttpStatusCode.OK);
        var status = await response.Content.ReadFromJsonAsync<JsonElement>();
        DurableStatusAssert.IsStatus(status, id, RolloutTaskNames.Rollout, "Completed");
        Assert.Equal("Refused", status.GetProperty("output").GetProperty("outcome").GetString());
        Assert.Contains("does not exist", status.GetProperty("output").GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("Failed", status.GetProperty("customStatus").GetProperty("phase").GetString());
        Assert.Equal(JsonValueKind.Object, status.GetProperty("input").GetProperty("request").ValueKind);

        var history = (await DurableInstances.GetAsync(http, StatusPath(id) + "?showHistory=true")).Body.GetProperty("historyEvents").EnumerateArray().ToList();
        var inspected = Assert.Single(history, e => e.TryGetProperty("FunctionName", out var name) && name.GetString() == RolloutTaskNames.InspectTarget);
        Assert.Equal("TaskCompleted", inspected.GetProperty("EventType").GetString());
        Assert.True(inspected.TryGetProperty("ScheduledTime", out _));
        Assert.True(inspected.TryGetProperty("Input", out _));
        Assert.False(inspected.TryGetProperty("Result", out _));
        Assert.All(history, e => Assert.False(e.TryGetProperty("EventId", out _)));

        var withOutput = (await DurableInstances.GetAsync(http, StatusPath(id) + "?showHistory=true&showHistoryOutput=true&showInput=false")).Body;
        Assert.Equal(JsonValueKind.Null, withOutput.GetProperty("input").ValueKind);
        var events = withOutput.GetProperty("historyEvents").EnumerateArray().ToList();
        Assert.All(events, e => Assert.False(e.TryGetProperty("Input", out _)));
        // Results are JSON values, not strings of JSON: HoldAliasLock's and InspectTarget's objects, ReleaseAliasLock's true.
        var results = events.Where(e => e.GetProperty("EventType").GetString() == "TaskCompleted").Select(e => e.GetProperty("Result")).ToList();
        Assert.Equal([JsonValueKind.Object, JsonValueKind.Object, JsonValueKind.True], results.Select(r => r.ValueKind));
        var result = Assert.Single(results, r => r.ValueKind == JsonValueKind.Object && r.TryGetProperty("refusal", out _));
        Assert.Contains("does not exist", result.GetProperty("refusal").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStatus_Failed_Answers200Or500WhenAsked()
    {
        // A rollout whose input is not a rollout state: the orchestrator throws and the instance fails.
        var id = fixture.Failed;
        using var http = Stack.AdminClient();

        var ok = await http.GetAsync(StatusPath(id));
        DurableStatusAssert.IsFinalAnswer(ok, HttpStatusCode.OK);
        var status = await ok.Content.ReadFromJsonAsync<JsonElement>();
        DurableStatusAssert.IsStatus(status, id, RolloutTaskNames.Rollout, "Failed");
        Assert.Equal(42, status.GetProperty("input").GetInt32());
        Assert.Contains(nameof(GseFunctions.Rollouts.Orchestration.RolloutState), status.GetProperty("output").GetString(), StringComparison.Ordinal);

        var error = await http.GetAsync(StatusPath(id) + "?returnInternalServerErrorOnFailure=true");
        DurableStatusAssert.IsFinalAnswer(error, HttpStatusCode.InternalServerError);
        Assert.Equal("Failed", (await error.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runtimeStatus").GetString());
    }

    [Fact]
    public async Task Routes_UnknownInstance_Answer404AndRestart400()
    {
        using var http = Stack.AdminClient();
        var path = StatusPath(NewId("unknown"));

        await ProblemAssert.IsProblemAsync(await http.GetAsync(path), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await http.DeleteAsync(path), HttpStatusCode.NotFound);
        foreach (var operation in new[] { "raiseEvent/approve", "terminate", "suspend", "resume" })
        {
            await ProblemAssert.IsProblemAsync(await http.PostAsJsonAsync($"{path}/{operation}", new { }), HttpStatusCode.NotFound);
        }

        // The Durable extension answers 400, not 404, to a restart of an unknown instance.
        await ProblemAssert.IsProblemAsync(await http.PostAsync($"{path}/restart", null), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Terminate_RunningInstance_EndsTerminatedWithTheReason()
    {
        var id = fixture.ToTerminate;
        using var http = Stack.AdminClient();

        var running = await http.GetAsync(StatusPath(id));
        // Location: the request's path and query on the host's public base URL (the test stack's default), not on its Host header.
        DurableStatusAssert.IsRunningAnswer(running, "http://127.0.0.1:7071" + StatusPath(id));
        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync($"{StatusPath(id)}/terminate?reason=superseded%20by%20v2", null)).StatusCode);

        await DurableInstances.WaitForAsync(Stack, id, OrchestrationRuntimeStatus.Terminated);
        var ended = await http.GetAsync(StatusPath(id));
        DurableStatusAssert.IsFinalAnswer(ended, HttpStatusCode.OK);
        var status = await ended.Content.ReadFromJsonAsync<JsonElement>();
        DurableStatusAssert.IsStatus(status, id, RolloutTaskNames.Schedule, "Terminated");
        Assert.Equal("superseded by v2", status.GetProperty("output").GetString());
        await ProblemAssert.IsProblemAsync(await http.PostAsync($"{StatusPath(id)}/terminate", null), HttpStatusCode.Gone);
    }

    [Fact]
    public async Task Restart_EndedInstance_StartsItAgainAndPointsAtTheNewInstance()
    {
        var id = fixture.ToRestart;
        using var http = Stack.AdminClient();

        var restarted = await http.PostAsync($"{StatusPath(id)}/restart", null);
        Assert.Equal(HttpStatusCode.Accepted, restarted.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(10), restarted.Headers.RetryAfter?.Delta);
        var payload = await restarted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            ["id", "statusQueryGetUri", "sendEventPostUri", "terminatePostUri", "purgeHistoryDeleteUri", "restartPostUri", "suspendPostUri", "resumePostUri"],
            payload.EnumerateObject().Select(p => p.Name).ToArray());
        var newId = payload.GetProperty("id").GetString()!;
        Assert.NotEqual(id, newId);
        Assert.Equal(payload.GetProperty("statusQueryGetUri").GetString(), restarted.Headers.Location?.OriginalString);
        var polled = await http.GetAsync(restarted.Headers.Location);
        Assert.True(polled.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK, $"{(int)polled.StatusCode}: {await polled.Content.ReadAsStringAsync()}");
        var again = await DurableInstances.WaitForAsync(Stack, newId, OrchestrationRuntimeStatus.Failed);
        Assert.Equal("NoSuchOrchestrator", again.Name);
        Assert.Contains("fail", (await Stack.Durable.GetInstanceAsync(newId, getInputsAndOutputs: true))!.SerializedInput, StringComparison.Ordinal);

        // Under the same id: allowed once the instance has ended, refused while it runs.
        var inPlace = await http.PostAsync($"{StatusPath(id)}/restart?restartWithNewInstanceId=false", null);
        Assert.Equal(HttpStatusCode.Accepted, inPlace.StatusCode);
        Assert.Equal(id, (await inPlace.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        var waiting = fixture.RunningForRestart;
        await ProblemAssert.IsProblemAsync(await http.PostAsync($"{StatusPath(waiting)}/restart?restartWithNewInstanceId=false", null), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task RaiseEvent_BodyNotJson_Answers400AndEmptyBodyIsAnEventWithoutPayload()
    {
        var id = fixture.ForEvents;
        using var http = Stack.AdminClient();
        var uri = $"{StatusPath(id)}/raiseEvent/nudge";

        await ProblemAssert.IsProblemAsync(await http.PostAsync(uri, new StringContent("approve", Encoding.UTF8, "text/plain")), HttpStatusCode.BadRequest);
        await ProblemAssert.IsValidationAsync(await http.PostAsync(uri, new StringContent("{\"by\":", Encoding.UTF8, "application/json")), "$");
        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync(uri, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync(uri, new StringContent("\"a string payload\"", Encoding.UTF8, "application/json"))).StatusCode);
    }

    [Fact]
    public async Task Keys_SystemKeyOrMasterKey_OpenTheRoutesAndFunctionKeyDoesNot()
    {
        var id = fixture.ForKeys;
        var urls = DurableInstances.Urls(Stack, id);
        Assert.DoesNotContain(ApiStack.MasterKey, urls.StatusQueryGetUri, StringComparison.Ordinal);
        Assert.Contains($"taskHub={Stack.Hub}&connection=Storage&code=", urls.StatusQueryGetUri, StringComparison.Ordinal);

        using var anonymous = Stack.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(urls.StatusQueryGetUri)).StatusCode);
        var restarted = await anonymous.PostAsync(urls.RestartPostUri, null);
        Assert.Equal(HttpStatusCode.Accepted, restarted.StatusCode);
        Assert.Contains("&code=", restarted.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"{StatusPath(id)}?code={ApiStack.MasterKey}")).StatusCode);
        using var master = Stack.AdminClient();
        Assert.Equal(HttpStatusCode.OK, (await master.GetAsync(StatusPath(id))).StatusCode);

        using var function = Stack.FunctionClient();
        await ProblemAssert.IsProblemAsync(await function.GetAsync(StatusPath(id)), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync($"{StatusPath(id)}?code={ApiStack.FunctionKey}"), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync(StatusPath(id)), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync(DurableInstances.InstancesPath), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await function.PostAsync($"{StatusPath(id)}/restart", null), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TaskHubAndConnection_NamingAnotherHub_Answer404()
    {
        var id = fixture.Failed;
        using var http = Stack.AdminClient();

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{StatusPath(id)}?taskHub={Stack.Hub.ToLowerInvariant()}&connection=AzureWebJobsStorage")).StatusCode);
        var hub = await ProblemAssert.IsProblemAsync(await http.GetAsync($"{StatusPath(id)}?taskHub=OtherHub"), HttpStatusCode.NotFound);
        Assert.Contains(Stack.Hub, hub.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(await http.GetAsync($"{DurableInstances.InstancesPath}?taskHub=OtherHub"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await http.GetAsync($"{StatusPath(id)}?connection=OtherStorage"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await http.DeleteAsync($"{StatusPath(id)}?taskHub=OtherHub"), HttpStatusCode.NotFound);
        Assert.NotNull(await Stack.Durable.GetInstanceAsync(id));
    }

    [Theory]
    [InlineData("?showHistory=yes", "showHistory")]
    [InlineData("?showInput=0", "showInput")]
    [InlineData("?returnInternalServerErrorOnFailure=", "returnInternalServerErrorOnFailure")]
    public async Task GetStatus_BadFlag_Answers400NamingIt(string query, string field)
    {
        using var http = Stack.AdminClient();
        await ProblemAssert.IsValidationAsync(await http.GetAsync(StatusPath("any-instance") + query), field);
    }

    private static string NewId(string what) => DurableInstanceRoutesFixture.NewId(what);

    private static string StatusPath(string id) => $"{DurableInstances.InstancesPath}/{Uri.EscapeDataString(id)}";
}
