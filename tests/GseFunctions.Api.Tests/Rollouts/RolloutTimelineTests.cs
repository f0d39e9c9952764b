using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GseFunctions.Api.Problems;
using GseFunctions.Api.Tests.Sessions;
using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Orchestration;
using GseFunctions.Rollouts.Scheduling;
using GseFunctions.Testing;
using Microsoft.DurableTask;

namespace GseFunctions.Api.Tests.Rollouts;

/// <summary>
/// <c>GET /api/rollouts/{rolloutId}/timeline</c> over the self-host, Azurite and the local GSE: phases, switch time and
/// fleet observations of a real rollout, read from its history (the self-host's Azure Storage history reader), across
/// ContinueAsNew generations; and an input written in the old PascalCase still reads.
/// </summary>
public sealed class RolloutTimelineTests(SharedTimelineStack fixture) : IClassFixture<SharedTimelineStack>
{
    [Fact]
    public async Task Timeline_ApprovedRollout_PhasesSwitchAndBothFleetsInOrder()
    {
        var stack = fixture.Stack;
        var seed = await RolloutSeed.CreateAsync(stack.Gse, protection: "FullProtection", sessions: 2);
        using var http = stack.AdminClient();
        var id = (await RolloutApi.StartAsync(http, RolloutApi.Body(seed, options: [("requireApproval", true), ("retire", "ScaleToZero")]))).GetProperty("id").GetString()!;
        await RolloutApi.PhaseAsync(http, id, nameof(RolloutPhase.AwaitingApproval));

        var waiting = await TimelineAsync(http, id);
        Assert.Equal("Running", waiting.GetProperty("runtimeStatus").GetString());
        Assert.Equal(
            [nameof(RolloutPhase.Starting), nameof(RolloutPhase.WaitingForFleet), nameof(RolloutPhase.AwaitingApproval)],
            waiting.GetProperty("phases").EnumerateArray().Select(p => p.GetProperty("phase").GetString()));
        Assert.Equal(JsonValueKind.Null, waiting.GetProperty("switchedAt").ValueKind);
        Assert.Contains(waiting.GetProperty("observations").EnumerateArray(), o => o.GetProperty("fleetId").GetString() == seed.Fleet2 && o.GetProperty("role").GetString() == "new");

        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync($"/api/rollouts/{id}/approve", null)).StatusCode);
        await RolloutApi.EndedAsync(http, id);
        var done = await TimelineAsync(http, id);

        Assert.Equal(id, done.GetProperty("rolloutId").GetString());
        Assert.Equal(seed.AliasId, done.GetProperty("aliasId").GetString());
        Assert.Equal(seed.Fleet1, done.GetProperty("oldFleetId").GetString());
        Assert.Equal(seed.Fleet2, done.GetProperty("newFleetId").GetString());
        Assert.Equal("Completed", done.GetProperty("runtimeStatus").GetString());
        Assert.False(done.GetProperty("truncated").GetBoolean());
        var phases = done.GetProperty("phases").EnumerateArray().Select(p => (Phase: p.GetProperty("phase").GetString(), At: p.GetProperty("startedAt").GetDateTime())).ToList();
        Assert.Equal(
            [nameof(RolloutPhase.Starting), nameof(RolloutPhase.WaitingForFleet), nameof(RolloutPhase.AwaitingApproval), nameof(RolloutPhase.Switching), nameof(RolloutPhase.Draining), nameof(RolloutPhase.Retiring), nameof(RolloutPhase.Completed)],
            phases.Select(p => p.Phase));
        Assert.Equal(phases.Select(p => p.At).Order(), phases.Select(p => p.At));
        var switchedAt = done.GetProperty("switchedAt").GetDateTime();
        Assert.InRange(switchedAt, phases.Single(p => p.Phase == nameof(RolloutPhase.Switching)).At, phases.Single(p => p.Phase == nameof(RolloutPhase.Draining)).At);
        Assert.EndsWith("Z", done.GetProperty("switchedAt").GetString(), StringComparison.Ordinal);

        var observations = done.GetProperty("observations").EnumerateArray().ToList();
        var times = observations.Select(o => o.GetProperty("at").GetDateTime()).ToList();
        Assert.Equal(times.Order(), times);
        Assert.Contains(observations, o => o.GetProperty("role").GetString() == "old" && o.GetProperty("fleetId").GetString() == seed.Fleet1);
        Assert.Contains(observations, o => o.GetProperty("role").GetString() == "new" && o.GetProperty("fleetId").GetString() == seed.Fleet2);
        Assert.All(observations, o =>
        {
            Assert.Equal("ACTIVE", o.GetProperty("status").GetString());
            Assert.True(o.GetProperty("instances").GetInt32() >= 0 && o.GetProperty("liveSessions").GetInt32() >= 0 && o.GetProperty("availableSessions").GetInt32() >= 0);
        });

        // While the old fleet drains, each poll also reads the new one (a rollout the starter began), so a chart of the
        // finished rollout still shows sessions arriving on the new fleet after the switch.
        Assert.Contains(observations, o => o.GetProperty("role").GetString() == "new" && o.GetProperty("at").GetDateTime() > switchedAt);

        // The drain ends when the old fleet has no live session: its last observation shows none.
        Assert.Equal(0, observations.Last(o => o.GetProperty("role").GetString() == "old").GetProperty("liveSessions").GetInt32());

        // The same phases in the rollout's status, camelCase.
        var rollout = await http.GetFromJsonAsync<JsonElement>($"/api/rollouts/{id}");
        Assert.Equal(phases.Count, rollout.GetProperty("status").GetProperty("phases").GetArrayLength());
    }

    [Fact]
    public async Task Timeline_RolloutThatContinuedAsNew_HasEveryObservationOnce_FromAPascalCaseInput()
    {
        var stack = fixture.Stack;
        var seed = await RolloutSeed.CreateAsync(stack.Gse, protection: "FullProtection", sessions: 3);
        using var http = stack.AdminClient();
        var id = "rollout-" + Guid.NewGuid().ToString("N");

        // The input as the Durable SDK's default converter wrote it before: PascalCase, an enum as its number (1 =
        // ScaleToZero, which observes nothing while retiring). One poll per generation: each poll of the draining old
        // fleet that still finds sessions continues as new. Polls faster than the starter allows keep the test short.
        var input = new JsonObject
        {
            ["RolloutId"] = "",
            ["Request"] = new JsonObject
            {
                ["AliasId"] = seed.AliasId,
                ["FleetId"] = seed.Fleet2,
                ["Options"] = new JsonObject
                {
                    ["PollInterval"] = "00:00:00.2000000",
                    ["MaxPollInterval"] = "00:00:00.4000000",
                    ["ReadinessTimeout"] = "00:00:30",
                    ["DrainTimeout"] = "00:01:00",
                    ["Retire"] = 1,
                },
            },
            ["PollsPerGeneration"] = 1,
            ["ActivityRetryInterval"] = "00:00:00.1000000",
        };
        await stack.Admin.ResetCallsAsync();
        await stack.Durable.ScheduleNewOrchestrationInstanceAsync(RolloutTaskNames.Rollout, input, new StartOrchestrationOptions(id));

        var ended = await RolloutApi.EndedAsync(http, id);
        Assert.Equal(nameof(RolloutOutcome.Completed), RolloutApi.Outcome(ended));
        Assert.Equal(seed.AliasId, ended.GetProperty("request").GetProperty("aliasId").GetString());
        var calls = await GseCalls.TotalsAsync(stack.Admin);
        var timeline = await TimelineAsync(http, id);

        var state = (await stack.Durable.GetInstanceAsync(id, getInputsAndOutputs: true))!.ReadInputAs<RolloutState>()!;
        Assert.True(state.Generation >= 2, $"the rollout continued as new {state.Generation} times");
        Assert.NotEmpty(state.Observations);

        // Every ObserveFleet read GSE's utilization once; so did the first step for each of the two fleets.
        var observations = timeline.GetProperty("observations").EnumerateArray().ToList();
        Assert.Equal(calls["DescribeFleetUtilization"] - 2, observations.Count);
        Assert.Equal(observations.Count, observations.Select(o => (o.GetProperty("at").GetDateTime(), o.GetProperty("fleetId").GetString())).Distinct().Count());
        var times = observations.Select(o => o.GetProperty("at").GetDateTime()).ToList();
        Assert.Equal(times.Order(), times);
        Assert.False(timeline.GetProperty("truncated").GetBoolean());

        // An input from before the drain also read the new fleet replays as recorded: the drain reads the old fleet only.
        var switchedAt = timeline.GetProperty("switchedAt").GetDateTime();
        Assert.DoesNotContain(observations, o => o.GetProperty("role").GetString() == "new" && o.GetProperty("at").GetDateTime() > switchedAt);

        // Each generation continued as new after its poll of the draining old fleet.
        Assert.True(observations.Count(o => o.GetProperty("role").GetString() == "old") >= state.Generation, $"{observations.Count} observations over {state.Generation + 1} generations");

        // The phases entered in earlier generations are kept too, each once.
        Assert.Equal(
            [nameof(RolloutPhase.Starting), nameof(RolloutPhase.WaitingForFleet), nameof(RolloutPhase.Switching), nameof(RolloutPhase.Draining), nameof(RolloutPhase.Retiring), nameof(RolloutPhase.Completed)],
            timeline.GetProperty("phases").EnumerateArray().Select(p => p.GetProperty("phase").GetString()));
    }

    [Fact]
    public async Task Timeline_UnknownIdScheduleInstanceOrBadId_RefusedWithoutChange()
    {
        using var http = fixture.Stack.AdminClient();
        using var created = await http.PostAsJsonAsync("/api/schedules", new { scheduleId = "timeline-train", cron = "0 3 1 1 *", rollout = new { aliasId = "alias-00000000", fleetId = "fleet-00000000" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        foreach (var id in new[] { "rollout-0123456789abcdef", ScheduleIds.Orchestration("timeline-train") })
        {
            var problem = await ProblemAssert.IsProblemAsync(await http.GetAsync($"/api/rollouts/{id}/timeline"), HttpStatusCode.NotFound);
            Assert.Equal(ApiProblemTypes.NotFound, problem.GetProperty("type").GetString());
        }

        foreach (var bad in new[] { "rollout%21", "rollout%201", "rollout-%C3%A9", new string('r', 129) })
        {
            var problem = await ProblemAssert.IsProblemAsync(await http.GetAsync($"/api/rollouts/{bad}/timeline"), HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("rolloutId", out _), problem.ToString());
        }

        using var none = fixture.Stack.Anonymous();
        using var function = fixture.Stack.FunctionClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await none.GetAsync("/api/rollouts/rollout-1/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await function.GetAsync("/api/rollouts/rollout-1/timeline")).StatusCode);
    }

    private static async Task<JsonElement> TimelineAsync(HttpClient http, string id)
    {
        using var response = await http.GetAsync($"/api/rollouts/{id}/timeline");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

/// <summary>One Azurite and stack for the timeline tests (longer matches); each test seeds fleets and an alias of its own.</summary>
public sealed class SharedTimelineStack : IAsyncLifetime
{
    private AzuriteServer _azurite = null!;

    public ApiStack Stack { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        // Matches of 4-5 seconds (real time): a drain lasts long enough to poll the old fleet many times.
        Stack = await ApiStack.StartAsync(_azurite.ConnectionString, gseSettings: new Dictionary<string, string?>
        {
            ["LocalGse:Simulation:MatchLengthMin"] = "00:02:00",
            ["LocalGse:Simulation:MatchLengthMax"] = "00:02:30",
        });
    }

    public async Task DisposeAsync()
    {
        await Stack.DisposeAsync();
        await _azurite.DisposeAsync();
    }
}
