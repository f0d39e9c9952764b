using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GseFunctions.Rollouts.Starting;
using GseFunctions.Testing;
using Xunit.Abstractions;

namespace GseFunctions.Api.Tests.Rollouts;

/// <summary><c>POST /api/rollouts</c> on the seed: the 202 and its payload, idempotency keys, a busy alias.</summary>
public sealed class StartRolloutTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private ApiStack _stack = null!;

    public async Task InitializeAsync() => _stack = await ApiStack.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task StartAsync_SeedRollout_Answers202WithManagementPayloadAndCompletes()
    {
        var seed = await RolloutSeed.CreateAsync(_stack.Gse, protection: "NoProtection", sessions: 1);
        using var http = _stack.AdminClient();
        var clock = Stopwatch.StartNew();

        using var response = await http.PostAsJsonAsync("/api/rollouts", RolloutApi.Body(seed));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("10", response.Headers.GetValues("Retry-After").Single());
        var payload = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(RolloutApi.PayloadFields, payload.EnumerateObject().Select(p => p.Name));
        var id = payload.GetProperty("id").GetString()!;
        Assert.StartsWith("rollout-", id, StringComparison.Ordinal);
        var statusUri = payload.GetProperty("statusQueryGetUri").GetString()!;
        Assert.Equal(statusUri, response.Headers.Location?.OriginalString);
        Assert.Contains($"/runtime/webhooks/durabletask/instances/{id}?", statusUri, StringComparison.Ordinal);
        Assert.Contains($"/instances/{id}/raiseEvent/{{eventName}}?", payload.GetProperty("sendEventPostUri").GetString(), StringComparison.Ordinal);
        Assert.All(payload.EnumerateObject().Skip(1), p => Assert.DoesNotContain(ApiStack.MasterKey, p.Value.GetString(), StringComparison.Ordinal));

        var rollout = await RolloutApi.EndedAsync(http, id);
        output.WriteLine($"rollout {id} ended in {clock.Elapsed.TotalSeconds:F1} s: {rollout}");
        Assert.Equal(id, rollout.GetProperty("rolloutId").GetString());
        Assert.Equal("Completed", RolloutApi.Outcome(rollout));
        Assert.Equal(seed.Fleet2, rollout.GetProperty("result").GetProperty("aliasFleetId").GetString());
        Assert.Equal("Completed", rollout.GetProperty("status").GetProperty("phase").GetString());
        Assert.Equal(seed.AliasId, rollout.GetProperty("request").GetProperty("aliasId").GetString());
        Assert.Equal("00:00:01", rollout.GetProperty("request").GetProperty("options").GetProperty("pollInterval").GetString());
        Assert.False(rollout.TryGetProperty("failure", out _));
        Assert.EndsWith("Z", rollout.GetProperty("createdTime").GetString(), StringComparison.Ordinal);
        Assert.Equal(seed.Fleet2, await RolloutSeed.AliasFleetAsync(_stack.Gse, seed.AliasId));
    }

    [Fact]
    public async Task StartAsync_SameIdempotencyKeyTwice_AnswersTheFirstRolloutAndMovesTheAliasOnce()
    {
        var seed = await RolloutSeed.CreateAsync(_stack.Gse, protection: "NoProtection", sessions: 0);
        await _stack.Admin.ResetCallsAsync();
        using var http = _stack.AdminClient();
        var body = RolloutApi.Body(seed, idempotencyKey: "release-42");

        var first = await RolloutApi.StartAsync(http, body);
        var second = await RolloutApi.StartAsync(http, body);

        var id = first.GetProperty("id").GetString()!;
        Assert.Equal(RolloutStarter.IdFor(seed.AliasId, "release-42"), id);
        Assert.Equal(first.ToString(), second.ToString());
        var rollout = await RolloutApi.EndedAsync(http, id);
        Assert.Equal("Completed", RolloutApi.Outcome(rollout));
        var third = await RolloutApi.StartAsync(http, body);
        Assert.Equal(id, third.GetProperty("id").GetString());
        var calls = await _stack.Admin.CallsAsync();
        Assert.Equal(1, calls["UpdateAlias"].Succeeded + calls["UpdateAlias"].Failed);
    }

    [Fact]
    public async Task StartAsync_AliasBusy_Answers409NamingTheActiveRolloutAndStartsNothing()
    {
        var seed = await RolloutSeed.CreateAsync(_stack.Gse, protection: "NoProtection", sessions: 0);
        using var http = _stack.AdminClient();
        var active = await RolloutApi.StartAsync(http, RolloutApi.Body(seed, options: ("requireApproval", true)));
        var activeId = active.GetProperty("id").GetString()!;
        await RolloutApi.PhaseAsync(http, activeId, "AwaitingApproval");
        var before = await StoreSnapshot.TakeAsync(_stack, azurite.ConnectionString);

        using var refused = await http.PostAsJsonAsync("/api/rollouts", RolloutApi.Body(seed, idempotencyKey: "another-release"));

        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Equal(Api.Problems.ApiProblemTypes.RolloutInProgress, problem.GetProperty("type").GetString());
        Assert.Equal(activeId, problem.GetProperty("activeRolloutId").GetString());
        Assert.Equal(active.GetProperty("statusQueryGetUri").GetString(), problem.GetProperty("activeRolloutStatusQueryGetUri").GetString());
        await StoreSnapshot.AssertUnchangedAsync(before, _stack, azurite.ConnectionString);
        Assert.Equal(seed.Fleet1, await RolloutSeed.AliasFleetAsync(_stack.Gse, seed.AliasId));
    }

    [Fact]
    public async Task StartAsync_SameIdempotencyKeyForADifferentRequest_Answers409AndStartsNothing()
    {
        var seed = await RolloutSeed.CreateAsync(_stack.Gse, protection: "NoProtection", sessions: 0);
        using var http = _stack.AdminClient();
        var first = await RolloutApi.StartAsync(http, RolloutApi.Body(seed, "release-44", ("requireApproval", true)));
        var id = first.GetProperty("id").GetString()!;
        await RolloutApi.PhaseAsync(http, id, "AwaitingApproval");
        var before = await StoreSnapshot.TakeAsync(_stack, azurite.ConnectionString);

        using var reused = await http.PostAsJsonAsync("/api/rollouts", RolloutApi.Body(seed, "release-44", ("requireApproval", false)));

        var problem = await ProblemAssert.IsProblemAsync(reused, HttpStatusCode.Conflict);
        Assert.Equal(Api.Problems.ApiProblemTypes.IdempotencyKeyReused, problem.GetProperty("type").GetString());
        Assert.Equal(id, problem.GetProperty("rolloutId").GetString());
        await StoreSnapshot.AssertUnchangedAsync(before, _stack, azurite.ConnectionString);
        var again = await RolloutApi.StartAsync(http, RolloutApi.Body(seed, "release-44", ("requireApproval", true)));
        Assert.Equal(id, again.GetProperty("id").GetString());
    }
}
