using System.Text.Json;
using GseFunctions.Cli.Watching;

namespace GseFunctions.Cli.Tests.Watching;

public sealed class RolloutSnapshotTests
{
    [Fact]
    public void Parse_ProductRoute_CamelCase()
    {
        var s = Parse("""
            {"rolloutId":"r1","runtimeStatus":"Running","status":{"phase":"Draining","aliasId":"a1","message":"m","drainOverdue":true,
             "fleets":[{"fleetId":"f1","role":"old","status":"ACTIVE","sessions":3,"availableSessions":1,"instances":2},
                       {"fleetId":"f2","role":"new","status":"ACTIVE","sessions":5,"availableSessions":7,"instances":3}]},
             "createdTime":"2026-12-07T03:00:00Z","lastUpdatedTime":"2026-12-07T03:01:05Z"}
            """);

        Assert.Equal(("r1", "Running", "Draining", "a1", true), (s.RolloutId, s.RuntimeStatus, s.Phase, s.AliasId, s.DrainOverdue));
        Assert.Equal(3, s.Old!.LiveSessions);
        Assert.Equal(7, s.New!.AvailableSessions);
        Assert.False(s.IsTerminal);
    }

    [Fact]
    public void Parse_DurablePayload_PascalCaseAndStringEncoded()
    {
        var s = Parse("""
            {"instanceId":"r2","runtimeStatus":"Completed","customStatus":"{\"Phase\":\"RolledBack\",\"AliasId\":\"a2\",\"Fleets\":[]}",
             "output":{"Outcome":"RolledBack","Reason":"rollback requested","AliasFleetId":"f1"}}
            """);

        Assert.Equal(("r2", "RolledBack", "a2", "RolledBack", "f1"), (s.RolloutId, s.Phase, s.AliasId, s.Outcome, s.AliasFleetId));
        Assert.True(s.IsTerminal);
        Assert.Equal(1, s.ExitCode);
    }

    [Theory]
    [InlineData("Completed", "Completed", 0)]
    [InlineData("Completed", "RolledBack", 1)]
    [InlineData("Completed", "Refused", 1)]
    [InlineData("Failed", null, 1)]
    [InlineData("Terminated", null, 1)]
    public void ExitCode_IsZeroOnlyForACompletedOutcome(string runtimeStatus, string? outcome, int expected)
    {
        var result = outcome is null ? "null" : $$"""{"outcome":"{{outcome}}"}""";
        Assert.Equal(expected, Parse($$$"""{"rolloutId":"r","runtimeStatus":"{{{runtimeStatus}}}","result":{{{result}}}}""").ExitCode);
    }

    [Fact]
    public void DrainGauge_MeasuresFromThePeakSinceTheSwitch()
    {
        var gauge = new DrainGauge();
        Assert.Null(gauge.Update(Phase("AwaitingApproval", 4)));
        Assert.Null(gauge.Update(Phase("Switching", 0, status: "null")));
        Assert.Equal(0, gauge.Update(Phase("Draining", 4)));
        Assert.Equal(0.5, gauge.Update(Phase("Draining", 2)));
        Assert.Equal(1, gauge.Update(Phase("Completed", 0)));
        Assert.Equal("[##########----------] 50%", DrainGauge.Bar(0.5));
    }

    private static RolloutSnapshot Phase(string phase, int oldSessions, string status = "\"ACTIVE\"") =>
        Parse($$$"""{"rolloutId":"r","runtimeStatus":"Running","status":{"phase":"{{{phase}}}","fleets":[{"fleetId":"f1","role":"old","status":{{{status}}},"sessions":{{{oldSessions}}}}]}}""");

    private static RolloutSnapshot Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return RolloutSnapshot.Parse(document.RootElement);
    }
}
