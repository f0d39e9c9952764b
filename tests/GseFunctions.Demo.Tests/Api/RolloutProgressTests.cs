using GseFunctions.Demo.Api;

namespace GseFunctions.Demo.Tests.Api;

public sealed class RolloutProgressTests
{
    [Fact]
    public void Parse_RunningWithCustomStatusObject_PhaseAndMessage()
    {
        var state = RolloutProgress.Parse("""
            {"name":"RolloutOrchestrator","instanceId":"r1","runtimeStatus":"Running","input":{},
             "customStatus":{"phase":"Draining","aliasId":"alias-1","message":"waiting","drainOverdue":true,"fleets":[]},
             "output":null,"createdTime":"2026-11-29T05:00:00Z","lastUpdatedTime":"2026-11-29T05:00:10Z"}
            """);

        Assert.Equal("Running", state.RuntimeStatus);
        Assert.False(state.IsTerminal);
        Assert.Equal("Draining", state.Phase);
        Assert.Equal("waiting", state.Message);
        Assert.True(state.DrainOverdue);
        Assert.Null(state.Output);
    }

    [Fact]
    public void Parse_CompletedWithPascalCaseStatusAsAString_ReadsOutput()
    {
        var state = RolloutProgress.Parse("""
            {"runtimeStatus":"Completed","customStatus":"{\"Phase\":\"Completed\"}",
             "output":{"Outcome":"Completed","AliasId":"alias-1","AliasFleetId":"fleet-2","OldFleetId":"fleet-1","NewFleetId":"fleet-2","Reason":null,"FleetsDeleted":["fleet-1"]}}
            """);

        Assert.True(state.IsTerminal);
        Assert.Equal("Completed", state.Phase);
        var output = state.Output!;
        Assert.Equal(("Completed", "fleet-2", "fleet-1", "fleet-2", (string?)null), (output.Outcome, output.AliasFleetId, output.OldFleetId, output.NewFleetId, output.Reason));
        Assert.Equal(["fleet-1"], output.FleetsDeleted);
    }

    [Fact]
    public void Parse_PendingWithoutStatus_NoPhase()
    {
        var state = RolloutProgress.Parse("""{"runtimeStatus":"Pending","customStatus":null,"output":null}""");

        Assert.Equal("Pending", state.RuntimeStatus);
        Assert.Null(state.Phase);
    }
}
