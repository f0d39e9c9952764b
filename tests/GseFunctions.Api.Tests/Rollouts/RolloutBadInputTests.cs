using System.Net;
using System.Text;
using GseFunctions.Testing;

namespace GseFunctions.Api.Tests.Rollouts;

/// <summary>
/// The bad-input table of the rollout routes: every refused request is answered with its status and the field at fault,
/// and leaves the task hub, the alias locks and GSE as they were.
/// </summary>
public sealed class RolloutBadInputTests(SharedApiStack shared) : IClassFixture<SharedApiStack>
{
    private const string Target = "\"aliasId\":\"{alias}\",\"fleetId\":\"{fleet}\"";

    [Theory]
    [InlineData("malformed JSON", "{\"aliasId\":\"{alias}\",\"fleetId\":", "application/json", 400, "$.fleetId")]
    [InlineData("trailing comma", "{" + Target + ",}", "application/json", 400, "$")]
    [InlineData("unknown field", "{" + Target + ",\"colour\":\"red\"}", "application/json", 400, "$.colour")]
    [InlineData("unknown option", "{" + Target + ",\"options\":{\"pollIntervall\":\"00:00:05\"}}", "application/json", 400, "$.options.pollIntervall")]
    [InlineData("both targets", "{" + Target + ",\"newFleet\":{\"assetId\":\"asset-1\"}}", "application/json", 400, "fleetId")]
    [InlineData("no target", "{\"aliasId\":\"{alias}\"}", "application/json", 400, "fleetId")]
    [InlineData("no alias", "{\"fleetId\":\"{fleet}\"}", "application/json", 400, "aliasId")]
    [InlineData("new fleet without asset", "{\"aliasId\":\"{alias}\",\"newFleet\":{\"name\":\"v2\"}}", "application/json", 400, "newFleet.assetId")]
    [InlineData("bad enum", "{" + Target + ",\"options\":{\"onDrainTimeout\":\"Never\"}}", "application/json", 400, "$.options.onDrainTimeout")]
    [InlineData("enum as number", "{" + Target + ",\"options\":{\"retire\":1}}", "application/json", 400, "$.options.retire")]
    [InlineData("negative pollInterval", "{" + Target + ",\"options\":{\"pollInterval\":\"-00:00:05\"}}", "application/json", 400, "options.pollInterval")]
    [InlineData("pollInterval under a second", "{" + Target + ",\"options\":{\"pollInterval\":\"00:00:00.5\"}}", "application/json", 400, "options.pollInterval")]
    [InlineData("pollInterval not a duration", "{" + Target + ",\"options\":{\"pollInterval\":\"10s\"}}", "application/json", 400, "$.options.pollInterval")]
    [InlineData("wrong type", "{\"aliasId\":42,\"fleetId\":\"{fleet}\"}", "application/json", 400, "$.aliasId")]
    [InlineData("null body", "null", "application/json", 400, "$")]
    [InlineData("array body", "[]", "application/json", 400, "$")]
    [InlineData("empty body", "", "application/json", 400, "$")]
    [InlineData("idempotency key too long", "{" + Target + ",\"idempotencyKey\":\"{long}\"}", "application/json", 400, "idempotencyKey")]
    [InlineData("oversized body", "{" + Target + ",\"idempotencyKey\":\"{huge}\"}", "application/json", 413, null)]
    [InlineData("wrong content type", "{" + Target + "}", "text/plain", 415, null)]
    [InlineData("unbounded pollInterval", "{" + Target + ",\"options\":{\"pollInterval\":\"3000000.00:00:00\",\"maxPollInterval\":\"3000000.00:00:00\"}}", "application/json", 400, "options.pollInterval")]
    [InlineData("unbounded maxPollInterval", "{" + Target + ",\"options\":{\"maxPollInterval\":\"3000000.00:00:00\"}}", "application/json", 400, "options.maxPollInterval")]
    [InlineData("pollInterval over its timeout", "{" + Target + ",\"options\":{\"readinessTimeout\":\"00:00:30\",\"pollInterval\":\"00:01:00\"}}", "application/json", 400, "options.pollInterval")]
    [InlineData("alias id with a slash", "{\"aliasId\":\"alias/1\",\"fleetId\":\"{fleet}\"}", "application/json", 400, "aliasId")]
    [InlineData("alias id with quote, hash, question mark", "{\"aliasId\":\"a'#?\",\"fleetId\":\"{fleet}\"}", "application/json", 400, "aliasId")]
    [InlineData("fleet id with NUL", "{\"aliasId\":\"{alias}\",\"fleetId\":\"\\u0000\"}", "application/json", 400, "fleetId")]
    [InlineData("fleet id of 10,000 characters", "{\"aliasId\":\"{alias}\",\"fleetId\":\"{fleet10k}\"}", "application/json", 400, "fleetId")]
    [InlineData("fleet id with spaces", "{\"aliasId\":\"{alias}\",\"fleetId\":\" x y \"}", "application/json", 400, "fleetId")]
    [InlineData("asset id of NUL and 10,000 characters", "{\"aliasId\":\"{alias}\",\"newFleet\":{\"assetId\":\"\\u0000{fleet10k}\"}}", "application/json", 400, "newFleet.assetId")]
    [InlineData("target capacity with a new fleet", "{\"aliasId\":\"{alias}\",\"newFleet\":{\"assetId\":\"asset-1\"},\"options\":{\"targetCapacity\":{\"minSize\":1,\"desiredInstances\":1,\"maxSize\":1}}}", "application/json", 400, "options.targetCapacity")]
    [InlineData("target capacity out of order", "{" + Target + ",\"options\":{\"targetCapacity\":{\"minSize\":3,\"desiredInstances\":1,\"maxSize\":2}}}", "application/json", 400, "options.targetCapacity")]
    public async Task StartAsync_BadRequest_AnswersTheFieldAndChangesNothing(string name, string body, string contentType, int status, string? field)
    {
        var stack = shared.Stack;
        var before = await StoreSnapshot.TakeAsync(stack, shared.ConnectionString);
        using var http = stack.AdminClient();
        var text = body.Replace("{alias}", shared.Seed.AliasId, StringComparison.Ordinal)
            .Replace("{fleet}", shared.Seed.Fleet2, StringComparison.Ordinal)
            .Replace("{long}", new string('k', 101), StringComparison.Ordinal)
            .Replace("{fleet10k}", new string('f', 10_000), StringComparison.Ordinal)
            .Replace("{huge}", new string('x', 70_000), StringComparison.Ordinal);

        using var response = await http.PostAsync("/api/rollouts", new StringContent(text, Encoding.UTF8, contentType));

        var problem = field is null
            ? await ProblemAssert.IsProblemAsync(response, (HttpStatusCode)status)
            : await ProblemAssert.IsValidationAsync(response, field);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()), name);
        await StoreSnapshot.AssertUnchangedAsync(before, stack, shared.ConnectionString);
        Assert.Empty(before.Instances); // this class never starts anything: every case leaves the hub and the locks empty
        Assert.Equal(0, before.AliasLocks);
        Assert.Equal(shared.Seed.Fleet1, await RolloutSeed.AliasFleetAsync(stack.Gse, shared.Seed.AliasId));
    }

    [Theory]
    [InlineData("runtimeStatus=Bogus", "runtimeStatus")]
    [InlineData("runtimeStatus=Running,", "runtimeStatus")]
    [InlineData("runtimeStatus=1", "runtimeStatus")]
    [InlineData("top=0", "top")]
    [InlineData("top=501", "top")]
    [InlineData("top=ten", "top")]
    [InlineData("createdFrom=yesterday", "createdFrom")]
    [InlineData("createdFrom=2026-02-01T00:00:00Z&createdTo=2026-01-01T00:00:00Z", "createdTo")]
    [InlineData("aliasId=a&aliasId=b", "aliasId")]
    [InlineData("continuationToken=not-a-token", "continuationToken")]
    public async Task ListAsync_BadQuery_Answers400NamingTheParameter(string query, string field)
    {
        using var http = shared.Stack.AdminClient();

        await ProblemAssert.IsValidationAsync(await http.GetAsync("/api/rollouts?" + query), field);
    }

    [Theory]
    [InlineData("GET", "/api/rollouts/bad!id")]
    [InlineData("POST", "/api/rollouts/bad!id/approve")]
    [InlineData("POST", "/api/rollouts/bad!id/abort")]
    [InlineData("POST", "/api/rollouts/bad!id/rollback")]
    [InlineData("GET", "/api/rollouts/{129}")]
    public async Task Routes_BadRolloutId_Answer400NamingTheParameterAndChangeNothing(string method, string path)
    {
        var stack = shared.Stack;
        var before = await StoreSnapshot.TakeAsync(stack, shared.ConnectionString);
        using var http = stack.AdminClient();

        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{129}", new string('a', 129), StringComparison.Ordinal));
        await ProblemAssert.IsValidationAsync(await http.SendAsync(request), "rolloutId");

        await StoreSnapshot.AssertUnchangedAsync(before, stack, shared.ConnectionString);
    }
}
