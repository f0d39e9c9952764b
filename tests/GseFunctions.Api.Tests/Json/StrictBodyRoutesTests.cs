using System.Text;
using GseFunctions.Api.Tests.Rollouts;
using GseFunctions.Api.Tests.Sessions;

namespace GseFunctions.Api.Tests.Json;

/// <summary>
/// Strict bodies on the routes that take one: a field named twice (exactly or in another case, at any depth) or an enum
/// that is not exactly one of its names answers 400 naming the field's JSON path, without echoing the input, and
/// changes nothing — no instance, lock or schedule stored, no GSE call.
/// </summary>
public sealed class StrictBodyRoutesTests(SharedApiStack shared) : IClassFixture<SharedApiStack>
{
    [Theory]
    [InlineData("POST", "/api/sessions", """{"aliasId":"x y","aliasId":"{alias}","maximumPlayers":4}""", "$.aliasId")]
    [InlineData("POST", "/api/sessions", """{"AliasId":"x","aliasId":"{alias}","maximumPlayers":4}""", "$.aliasId")]
    [InlineData("POST", "/api/aliases", """{"name":"a","name":"b","routingStrategy":{"type":"SIMPLE","fleetId":"{fleet}"}}""", "$.name")]
    [InlineData("POST", "/api/aliases", """{"name":"a","routingStrategy":{"type":"SIMPLE","fleetId":"x","FleetId":"{fleet}"}}""", "$.routingStrategy.FleetId")]
    [InlineData("PATCH", "/api/aliases/{alias}", """{"routingStrategy":{"type":"SIMPLE","fleetId":"{fleet}","fleetId":"{fleet}"}}""", "$.routingStrategy.fleetId")]
    [InlineData("POST", "/api/rollouts", """{"aliasId":"x y","aliasId":"{alias}","fleetId":"{fleet}"}""", "$.aliasId")]
    [InlineData("POST", "/api/rollouts", """{"aliasId":"{alias}","fleetId":"{fleet}","options":{"requireApproval":false,"RequireApproval":true}}""", "$.options.RequireApproval")]
    [InlineData("POST", "/api/rollouts", """{"aliasId":"{alias}","fleetId":"{fleet}","options":{"retire":"Delete, ScaleToZero"}}""", "$.options.retire")]
    [InlineData("POST", "/api/rollouts", """{"aliasId":"{alias}","fleetId":"{fleet}","options":{"onDrainTimeout":"KeepWaiting,Fail"}}""", "$.options.onDrainTimeout")]
    [InlineData("POST", "/api/schedules", """{"scheduleId":"s1","cron":"0 3 * * *","rollout":{"aliasId":"{alias}","fleetId":"{fleet}","AliasId":"{alias}"}}""", "$.rollout.AliasId")]
    [InlineData("POST", "/api/schedules", """{"scheduleId":"s1","cron":"0 3 * * *","rollout":{"aliasId":"{alias}","fleetId":"{fleet}"},"missedOccurrences":"RunOnce, Skip"}""", "$.missedOccurrences")]
    public async Task Route_DuplicateFieldOrEnumCombination_Answers400NamingTheFieldAndChangesNothing(string method, string path, string body, string field)
    {
        var stack = shared.Stack;
        await stack.Admin.ResetCallsAsync();
        var before = await StoreSnapshot.TakeAsync(stack, shared.ConnectionString);
        using var http = stack.AdminClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), Fill(path))
        {
            Content = new StringContent(Fill(body), Encoding.UTF8, "application/json"),
        };

        using var response = await http.SendAsync(request);

        var problem = await ProblemAssert.IsValidationAsync(response, field);
        Assert.DoesNotContain("x y", problem.ToString(), StringComparison.Ordinal);
        await StoreSnapshot.AssertUnchangedAsync(before, stack, shared.ConnectionString);
        Assert.Empty(await GseCalls.TotalsAsync(stack.Admin));
        Assert.Equal(shared.Seed.Fleet1, await Testing.RolloutSeed.AliasFleetAsync(stack.Gse, shared.Seed.AliasId));
    }

    private string Fill(string text) =>
        text.Replace("{alias}", shared.Seed.AliasId, StringComparison.Ordinal).Replace("{fleet}", shared.Seed.Fleet2, StringComparison.Ordinal);
}
