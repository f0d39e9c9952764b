using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Telemetry;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace GseFunctions.Rollouts.Tests.Telemetry;

/// <summary>What a rollout activity logs, through any logger of the host, carries the rollout id, alias and fleet.</summary>
public sealed class RolloutLogScopeTests
{
    public static TheoryData<object?, string?, string?> Inputs => new()
    {
        { new RolloutRequest { AliasId = "alias-1", FleetId = "fleet-2" }, "alias-1", "fleet-2" },
        { new SwitchAliasInput("alias-1", "fleet-2"), "alias-1", "fleet-2" },
        { new ReleaseAliasLockInput("alias-1", "rollout-1"), "alias-1", null },
        { new ProvisionFleetInput("rollout-1", "fleet-1", new NewFleetSpec { AssetId = "asset-1" }), null, "fleet-1" },
        { new ProbeSessionInput("rollout-1", "fleet-2"), null, "fleet-2" },
        { new SetFleetCapacityInput("fleet-1", 0, 0, null, false), null, "fleet-1" },
        { new EndSessionsInput("fleet-1", null), null, "fleet-1" },
        { new DeleteFleetInput("fleet-1"), null, "fleet-1" },
        { "fleet-3", null, "fleet-3" },
        { null, null, null },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Describe_ActivityInput_NamesItsAliasAndFleet(object? input, string? aliasId, string? fleetId) =>
        Assert.Equal((aliasId, fleetId), RolloutLogScope.Describe(input));

    [Fact]
    public async Task RunAsync_InnerActivityLogsElsewhere_MessageCarriesRolloutAliasAndFleet()
    {
        using var provider = new ScopeRecordingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(provider));
        var gseLogger = factory.CreateLogger("GseFunctions.Gse.GseClient");
        var inner = new LoggingActivity(gseLogger);
        var activity = new ScopedTaskActivity(inner, factory.CreateLogger("GseFunctions.Rollouts.Activities"));

        var output = await activity.RunAsync(new Context("rollout-42"), new SwitchAliasInput("alias-7", "fleet-2"));

        Assert.Equal("fleet-2", output);
        Assert.Equal(typeof(SwitchAliasInput), activity.InputType);
        Assert.Equal(typeof(string), activity.OutputType);
        var (category, _, fields) = Assert.Single(provider.Records);
        Assert.Equal("GseFunctions.Gse.GseClient", category);
        Assert.Equal("rollout-42", fields["RolloutId"]);
        Assert.Equal("alias-7", fields["AliasId"]);
        Assert.Equal("fleet-2", fields["FleetId"]);
    }

    [Fact]
    public async Task RunAsync_AfterTheActivity_ScopeIsClosed()
    {
        using var provider = new ScopeRecordingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(provider));
        var logger = factory.CreateLogger("test");
        var activity = new ScopedTaskActivity(new LoggingActivity(logger), logger);

        await activity.RunAsync(new Context("rollout-42"), new SwitchAliasInput("alias-7", "fleet-2"));
        logger.LogInformation("after");

        Assert.False(provider.Records.Last().ScopeFields.ContainsKey("RolloutId"));
    }

    private sealed class LoggingActivity(ILogger logger) : TaskActivity<SwitchAliasInput, string?>
    {
        public override Task<string?> RunAsync(TaskActivityContext context, SwitchAliasInput input)
        {
            logger.LogWarning("GSE UpdateAlias failed; retrying");
            return Task.FromResult(input.FleetId);
        }
    }

    private sealed class Context(string instanceId) : TaskActivityContext
    {
        public override TaskName Name => "SwitchAlias";

        public override string InstanceId => instanceId;
    }
}
