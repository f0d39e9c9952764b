using GseFunctions.Gse.Models;

namespace GseFunctions.Gse.Emulator.Tests.Simulation;

/// <summary>Target-based scaling on PercentAvailableGameServerSessions, evaluated on the fake clock.</summary>
public sealed class ScalingPolicyTests : SimulationTestBase
{
    protected override IDictionary<string, string?>? Settings => LongMatches();

    /// <summary>Long enough for one evaluation to run and the instances it launches to boot.</summary>
    private static TimeSpan EvaluateAndBoot => Defaults.ScalingEvaluation + Defaults.Boot;

    private async Task<string> FleetWithTargetPolicyAsync(int target, int min, int max)
    {
        var fleet = await CreateActiveFleetAsync(processes: 2);
        await UpdateCapacityAsync(fleet, min, min, max);
        await PutTargetPolicyAsync(fleet, target);
        return fleet;
    }

    private Task<PutScalingPolicyResponse> PutTargetPolicyAsync(string fleet, int target) =>
        Client.PutScalingPolicyAsync(new PutScalingPolicyRequest
        {
            FleetId = fleet,
            Name = "keep-buffer",
            PolicyType = "TargetBased",
            MetricName = "PercentAvailableGameServerSessions",
            TargetConfiguration = new TargetConfiguration { TargetValue = target },
        });

    [Fact]
    public async Task TargetBased_SessionsFillTheFleet_ScalesOutUpToMaxSize()
    {
        var fleet = await FleetWithTargetPolicyAsync(target: 50, min: 1, max: 3);
        var policy = Assert.Single((await Client.DescribeScalingPoliciesAsync(new DescribeScalingPoliciesRequest { FleetId = fleet })).ScalingPolicies!);
        Assert.Equal(("TargetBased", 50), (policy.PolicyType, policy.TargetConfiguration!.TargetValue));

        // With no session the policy holds the fleet at MinSize.
        Advance(EvaluateAndBoot);
        Assert.Equal((1, 1), ((await CountsAsync(fleet)).Desired, (await CountsAsync(fleet)).Active));

        // Fill the only instance (2 processes): 0 % available, so the fleet needs 2 instances for 50 %.
        await CreateSessionAsync(fleet);
        await CreateSessionAsync(fleet);
        await FailsWithAsync(GseErrorCodes.ResourceInsufficient, () => CreateSessionAsync(fleet));
        Advance(EvaluateAndBoot);
        var two = await CountsAsync(fleet);
        Assert.Equal((2, 2, 0), (two.Desired, two.Active, two.Pending));
        await CreateSessionAsync(fleet);
        await CreateSessionAsync(fleet);

        // 4 busy sessions want 4 instances; MaxSize caps at 3.
        Advance(EvaluateAndBoot);
        var three = await CountsAsync(fleet);
        Assert.Equal((3, 3), (three.Desired, three.Active));
        Assert.Equal(6, (await UtilizationAsync(fleet)).ActiveServerProcessCount);
        Advance(EvaluateAndBoot * 3);
        Assert.Equal(3, (await CountsAsync(fleet)).Desired);

        var scaling = (await Client.DescribeFleetEventsAsync(new DescribeFleetEventsRequest { FleetId = fleet, EventCode = "FLEET_SCALING_EVENT" })).Events!;
        Assert.Contains(scaling, e => e.Message!.Contains("Target-based", StringComparison.Ordinal) && e.Message.Contains("2 → 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TargetBased_SessionsEnd_ScalesInToWhatTheRemainingSessionsNeed()
    {
        var fleet = await CreateActiveFleetAsync(processes: 2);
        await UpdateCapacityAsync(fleet, 1, 3, 3);
        Advance(Defaults.Boot);
        var sessions = new List<GameServerSession>();
        for (var i = 0; i < 3; i++)
        {
            sessions.Add(await CreateSessionAsync(fleet));
        }

        await PutTargetPolicyAsync(fleet, 50);

        // 3 busy → ceil(3 / 0.5 / 2) = 3 instances: no change.
        Advance(EvaluateAndBoot);
        Assert.Equal(3, (await CountsAsync(fleet)).Desired);

        await Client.EndGameServerSessionAndProcessAsync(new EndGameServerSessionAndProcessRequest { GameServerSessionId = sessions[0].GameServerSessionId });
        await Client.EndGameServerSessionAndProcessAsync(new EndGameServerSessionAndProcessRequest { GameServerSessionId = sessions[1].GameServerSessionId });
        Advance(EvaluateAndBoot);

        var counts = await CountsAsync(fleet);
        Assert.Equal((1, 1), (counts.Desired, counts.Active));
        Assert.Equal(sessions[2].IpAddress, Assert.Single(await InstancesAsync(fleet)).IpAddress);
        Assert.Equal("ACTIVE", (await SessionAsync(sessions[2].GameServerSessionId!)).Status);
    }

    [Fact]
    public async Task TargetBased_AutoScalingStopped_DoesNotScaleUntilStartedAgain()
    {
        var fleet = await FleetWithTargetPolicyAsync(target: 50, min: 1, max: 3);
        await Client.StopFleetActionsAsync(new StopFleetActionsRequest { FleetId = fleet, Actions = ["AUTO_SCALING"] });
        Assert.Equal(["AUTO_SCALING"], (await FleetAsync(fleet)).StoppedActions!);
        await CreateSessionAsync(fleet);
        await CreateSessionAsync(fleet);

        Advance(EvaluateAndBoot * 2);
        Assert.Equal((1, 1), ((await CountsAsync(fleet)).Desired, (await CountsAsync(fleet)).Active));

        await Client.StartFleetActionsAsync(new StartFleetActionsRequest { FleetId = fleet, Actions = ["AUTO_SCALING"] });
        Advance(EvaluateAndBoot);
        Assert.Equal((2, 2), ((await CountsAsync(fleet)).Desired, (await CountsAsync(fleet)).Active));
        Assert.Empty((await FleetAsync(fleet)).StoppedActions!);
    }

    [Theory]
    [InlineData("PercentAvailableGameServerSessions", 0)]
    [InlineData("PercentAvailableGameServerSessions", 100)]
    [InlineData("CurrentPlayerSessions", 50)]
    public async Task TargetBased_BadMetricOrTarget_IsInvalidParameterValue(string metric, int target)
    {
        var fleet = await CreateActiveFleetAsync();

        await FailsWithAsync(GseErrorCodes.InvalidParameterValue, () => Client.PutScalingPolicyAsync(new PutScalingPolicyRequest
        {
            FleetId = fleet,
            Name = "bad",
            PolicyType = "TargetBased",
            MetricName = metric,
            TargetConfiguration = new TargetConfiguration { TargetValue = target },
        }));

        Assert.Empty((await Client.DescribeScalingPoliciesAsync(new DescribeScalingPoliciesRequest { FleetId = fleet })).ScalingPolicies!);
    }
}
