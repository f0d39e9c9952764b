using System.Net;
using System.Net.Http.Json;
using GseFunctions.Api.Problems;
using GseFunctions.Api.Tests.Rollouts;
using GseFunctions.Api.Tests.Sessions;
using GseFunctions.Gse.Models;
using GseFunctions.Testing;

namespace GseFunctions.Api.Tests.Aliases;

/// <summary>
/// An alias a running rollout holds cannot be edited or deleted under it (the rollout would later fail to undo its
/// switch): PATCH and DELETE answer 409 naming the rollout and leave the alias as it is in GSE, unless
/// <c>?force=true</c>; once the rollout has ended, both go ahead.
/// </summary>
public sealed class AliasRolloutLockTests(SeededStackFixture fixture) : IClassFixture<SeededStackFixture>
{
    private ApiStack Stack => fixture.Stack;

    [Fact]
    public async Task UpdateAndDelete_WhileARolloutHoldsTheAlias_Answer409UntilItEnds()
    {
        var seed = await RolloutSeed.CreateAsync(Stack.Gse, protection: "NoProtection", sessions: 0);
        using var http = Stack.AdminClient();
        var rolloutId = await StartHeldRolloutAsync(http, seed);
        var alias = (await Stack.Gse.DescribeAliasAsync(new DescribeAliasRequest { AliasId = seed.AliasId })).Alias!;
        var before = await StoreSnapshot.TakeAsync(Stack, fixture.Azurite.ConnectionString);

        using var patched = await http.PatchAsJsonAsync($"/api/aliases/{seed.AliasId}", new { name = "renamed mid-rollout", routingStrategy = new { type = "SIMPLE", fleetId = seed.Fleet1 } });
        using var deleted = await http.DeleteAsync($"/api/aliases/{seed.AliasId}");

        foreach (var refused in new[] { patched, deleted })
        {
            var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Conflict);
            Assert.Equal(ApiProblemTypes.RolloutInProgress, problem.GetProperty("type").GetString());
            Assert.Equal(rolloutId, problem.GetProperty("activeRolloutId").GetString());
        }

        await StoreSnapshot.AssertUnchangedAsync(before, Stack, fixture.Azurite.ConnectionString);
        var after = (await Stack.Gse.DescribeAliasAsync(new DescribeAliasRequest { AliasId = seed.AliasId })).Alias!;
        Assert.Equal(alias.Name, after.Name);
        Assert.Equal(alias.LastUpdatedTime, after.LastUpdatedTime);
        Assert.Equal(seed.Fleet1, after.RoutingStrategy!.FleetId);

        // With force, an edit goes through under the rollout (here one that does not move the alias).
        using var forced = await http.PatchAsJsonAsync($"/api/aliases/{seed.AliasId}?force=true", new { description = "edited with force" });
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Equal("edited with force", (await Stack.Gse.DescribeAliasAsync(new DescribeAliasRequest { AliasId = seed.AliasId })).Alias!.Description);

        // Once the rollout has ended, the alias is free again.
        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync($"/api/rollouts/{rolloutId}/abort", content: null)).StatusCode);
        await RolloutApi.EndedAsync(http, rolloutId);
        using var renamed = await http.PatchAsJsonAsync($"/api/aliases/{seed.AliasId}", new { name = "renamed after the rollout" });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync($"/api/aliases/{seed.AliasId}")).StatusCode);
    }

    [Fact]
    public async Task Delete_ForceWhileARolloutHoldsTheAlias_Answers204()
    {
        var seed = await RolloutSeed.CreateAsync(Stack.Gse, protection: "NoProtection", sessions: 0);
        using var http = Stack.AdminClient();
        var rolloutId = await StartHeldRolloutAsync(http, seed);

        using var deleted = await http.DeleteAsync($"/api/aliases/{seed.AliasId}?force=true");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await ProblemAssert.IsProblemAsync(await http.GetAsync($"/api/aliases/{seed.AliasId}"), HttpStatusCode.NotFound);
        await http.PostAsync($"/api/rollouts/{rolloutId}/abort", content: null);
    }

    /// <summary>Starts a rollout of the seed's alias that waits for approval, so it holds the alias until aborted.</summary>
    private static async Task<string> StartHeldRolloutAsync(HttpClient http, RolloutSeed seed)
    {
        var started = await RolloutApi.StartAsync(http, RolloutApi.Body(seed, options: ("requireApproval", true)));
        var id = started.GetProperty("id").GetString()!;
        await RolloutApi.PhaseAsync(http, id, "AwaitingApproval");
        return id;
    }
}
