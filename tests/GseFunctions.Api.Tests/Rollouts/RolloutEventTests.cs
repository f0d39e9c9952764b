using System.Net;
using System.Text.Json;
using GseFunctions.Api.Problems;
using GseFunctions.Testing;

namespace GseFunctions.Api.Tests.Rollouts;

/// <summary>Approve, abort and rollback over HTTP: each raises its event and the rollout acts on it; an ended rollout refuses them.</summary>
public sealed class RolloutEventTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private ApiStack _stack = null!;

    public async Task InitializeAsync() => _stack = await ApiStack.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task ApproveAsync_RolloutAwaitingApproval_SwitchesAndCompletes()
    {
        var seed = await RolloutSeed.CreateAsync(_stack.Gse, protection: "NoProtection", sessions: 0);
        using var http = _stack.AdminClient();
        var id = (await RolloutApi.StartAsync(http, RolloutApi.Body(seed, options: ("requireApproval", true)))).GetProperty("id").GetString()!;
        await RolloutApi.PhaseAsync(http, id, "AwaitingApproval");
        Assert.Equal(seed.Fleet1, await RolloutSeed.AliasFleetAsync(_stack.Gse, seed.AliasId));

        using var approved = await http.PostAsync($"/api/rollouts/{id}/approve", content: null);

        Assert.Equal(HttpStatusCode.Accepted, approved.StatusCode);
        Assert.Equal($"/api/rollouts/{id}", approved.Headers.Location?.OriginalString);
        var body = JsonDocument.Parse(await approved.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(id, body.GetProperty("rolloutId").GetString());
        Assert.Equal("approve", body.GetProperty("event").GetString());
        var rollout = await RolloutApi.EndedAsync(http, id);
        Assert.Equal("Completed", RolloutApi.Outcome(rollout));
        Assert.Equal(seed.Fleet2, await RolloutSeed.AliasFleetAsync(_stack.Gse, seed.AliasId));
    }

    [Fact]
    public async Task AbortAsync_RolloutAwaitingApproval_RollsBackThenRefusesEveryEvent()
    {
        var seed = await RolloutSeed.CreateAsync(_stack.Gse, protection: "NoProtection", sessions: 0);
        using var http = _stack.AdminClient();
        var id = (await RolloutApi.StartAsync(http, RolloutApi.Body(seed, options: ("requireApproval", true)))).GetProperty("id").GetString()!;
        await RolloutApi.PhaseAsync(http, id, "AwaitingApproval");

        using var aborted = await http.PostAsync($"/api/rollouts/{id}/abort", content: null);

        Assert.Equal(HttpStatusCode.Accepted, aborted.StatusCode);
        Assert.Equal("abort", JsonDocument.Parse(await aborted.Content.ReadAsStringAsync()).RootElement.GetProperty("event").GetString());
        var rollout = await RolloutApi.EndedAsync(http, id);
        Assert.Equal("RolledBack", RolloutApi.Outcome(rollout));
        Assert.Equal(seed.Fleet1, await RolloutSeed.AliasFleetAsync(_stack.Gse, seed.AliasId));
        foreach (var action in new[] { "approve", "abort", "rollback" })
        {
            var problem = await ProblemAssert.IsProblemAsync(await http.PostAsync($"/api/rollouts/{id}/{action}", content: null), HttpStatusCode.Conflict);
            Assert.Equal(ApiProblemTypes.RolloutEnded, problem.GetProperty("type").GetString());
            Assert.Equal("Completed", problem.GetProperty("runtimeStatus").GetString());
        }
    }

    [Fact]
    public async Task RollbackAsync_AfterTheSwitchWhileRetaining_MovesTheAliasBackToFleet1()
    {
        var seed = await RolloutSeed.CreateAsync(_stack.Gse, protection: "NoProtection", sessions: 0);
        using var http = _stack.AdminClient();
        var id = (await RolloutApi.StartAsync(http, RolloutApi.Body(seed, options: ("retention", "00:05:00")))).GetProperty("id").GetString()!;
        await RolloutApi.PhaseAsync(http, id, "Retaining");
        Assert.Equal(seed.Fleet2, await RolloutSeed.AliasFleetAsync(_stack.Gse, seed.AliasId));

        using var rolledBack = await http.PostAsync($"/api/rollouts/{id}/rollback", content: null);

        Assert.Equal(HttpStatusCode.Accepted, rolledBack.StatusCode);
        Assert.Equal("rollback", JsonDocument.Parse(await rolledBack.Content.ReadAsStringAsync()).RootElement.GetProperty("event").GetString());
        var rollout = await RolloutApi.EndedAsync(http, id);
        Assert.Equal("RolledBack", RolloutApi.Outcome(rollout));
        Assert.Equal(seed.Fleet1, rollout.GetProperty("result").GetProperty("aliasFleetId").GetString());
        Assert.Equal(seed.Fleet1, await RolloutSeed.AliasFleetAsync(_stack.Gse, seed.AliasId));
    }
}
