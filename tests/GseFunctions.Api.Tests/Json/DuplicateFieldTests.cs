using GseFunctions.Api.Aliases;
using GseFunctions.Api.Sessions;
using GseFunctions.Rollouts.Contracts;

namespace GseFunctions.Api.Tests.Json;

/// <summary>
/// A body that names a field twice — exactly or in another case, which the web defaults read as the same field — is
/// refused at any depth with 400 naming the field's JSON path; the last one no longer silently wins.
/// </summary>
public sealed class DuplicateFieldTests
{
    private const string Rollout = "\"aliasId\":\"alias-1\",\"fleetId\":\"fleet-2\"";

    public static TheoryData<string, string, string> Bodies => new()
    {
        { "session", """{"aliasId":"x y","aliasId":"alias-1","maximumPlayers":4}""", "$.aliasId" },
        { "session", """{"AliasId":"x","aliasId":"alias-1","maximumPlayers":4}""", "$.aliasId" },
        { "session", """{"aliasId":"alias-1","maximumPlayers":4,"MAXIMUMPLAYERS":5}""", "$.MAXIMUMPLAYERS" },
        { "session", """{"aliasId":"alias-1","maximumPlayers":4,"gameProperties":[{"key":"a","value":"1"},{"key":"b","Key":"c","value":"2"}]}""", "$.gameProperties[1].Key" },
        { "alias", """{"name":"a","name":"b","routingStrategy":{"type":"SIMPLE","fleetId":"fleet-1"}}""", "$.name" },
        { "alias", """{"name":"a","routingStrategy":{"type":"SIMPLE","fleetId":"x y","fleetId":"fleet-1"}}""", "$.routingStrategy.fleetId" },
        { "alias", """{"name":"a","routingStrategy":{"type":"SIMPLE","fleetId":"fleet-1","FleetId":"fleet-2"}}""", "$.routingStrategy.FleetId" },
        { "alias", """{"name":"a","routingStrategy":{"type":"SIMPLE","fleetId":"fleet-1"},"routingStrategy":{"type":"TERMINAL","message":"m"}}""", "$.routingStrategy" },
        { "rollout", "{" + Rollout + ",\"fleetId\":\"fleet-3\"}", "$.fleetId" },
        { "rollout", "{" + Rollout + ",\"options\":{\"retire\":\"Delete\",\"Retire\":\"ScaleToZero\"}}", "$.options.Retire" },
        { "rollout", "{" + Rollout + ",\"options\":{\"requireApproval\":true},\"Options\":{}}", "$.Options" },
        { "rollout", "{" + Rollout + ",\"newFleet\":{\"assetId\":\"asset-1\",\"runtimeConfiguration\":{\"serverProcesses\":[],\"ServerProcesses\":[]}}}", "$.newFleet.runtimeConfiguration.ServerProcesses" },
        { "schedule", "{\"scheduleId\":\"s1\",\"scheduleId\":\"s2\",\"cron\":\"0 3 * * *\",\"rollout\":{" + Rollout + "}}", "$.scheduleId" },
        { "schedule", "{\"scheduleId\":\"s1\",\"cron\":\"0 3 * * *\",\"rollout\":{" + Rollout + ",\"AliasId\":\"alias-2\"}}", "$.rollout.AliasId" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task ReadBodyAsync_DuplicateField_Answers400NamingItsPath(string kind, string json, string path)
    {
        var errors = kind switch
        {
            "session" => await JsonBody.RefusedAsync<CreateSessionBody>(json),
            "alias" => await JsonBody.RefusedAsync<CreateAliasBody>(json),
            "rollout" => await JsonBody.RefusedAsync<RolloutRequest>(json),
            _ => await JsonBody.RefusedAsync<ScheduleRequest>(json),
        };

        var (field, messages) = Assert.Single(errors);
        Assert.Equal(path, field);
        Assert.Equal(["Duplicate field."], messages);
    }

    [Theory]
    [InlineData("""{"aliasId":"alias-1","maximumPlayers":4,"gameProperties":[{"key":"a","value":"1"},{"key":"b","value":"2"}]}""")]
    [InlineData("""{"aliasId":"alias-1","maximumPlayers":4,"name":"aliasId","creatorId":"aliasId"}""")]
    public async Task ReadBodyAsync_SameNameInDifferentObjects_Reads(string json)
    {
        var body = await JsonBody.ReadAsync<CreateSessionBody>(json);

        Assert.Equal("alias-1", body.AliasId);
    }
}
