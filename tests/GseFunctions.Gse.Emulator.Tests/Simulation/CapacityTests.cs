using GseFunctions.Gse.Models;

namespace GseFunctions.Gse.Emulator.Tests.Simulation;

/// <summary>UpdateFleetCapacity's bounds, instance boot, and the three capacity views agreeing.</summary>
public sealed class CapacityTests : SimulationTestBase
{
    protected override IDictionary<string, string?>? Settings => LongMatches();

    [Theory]
    [InlineData(2, 1, 3)] // desired below min
    [InlineData(0, 4, 3)] // desired above max
    [InlineData(3, 3, 2)] // min above max
    [InlineData(0, 0, 0)] // max below 1
    [InlineData(-1, 0, 1)] // negative min
    public async Task UpdateFleetCapacity_OutsideMinMax_IsInvalidParameterValueAndChangesNothing(int min, int desired, int max)
    {
        var fleet = await CreateActiveFleetAsync();
        await UpdateCapacityAsync(fleet, 1, 2, 4);

        await FailsWithAsync(GseErrorCodes.InvalidParameterValue, () => UpdateCapacityAsync(fleet, min, desired, max));

        var counts = await CountsAsync(fleet);
        Assert.Equal((1, 2, 4), (counts.MiniNum, counts.Desired, counts.MaxiNum));
    }

    [Fact]
    public async Task UpdateFleetCapacity_BeforeTheFirstActivation_AllowsAtMostOneInstance()
    {
        var fleet = await CreateFleetAsync(await CreateAssetAsync());

        await FailsWithAsync(GseErrorCodes.InvalidParameterValue, () => UpdateCapacityAsync(fleet, 0, 2, 2));
        await FailsWithAsync(GseErrorCodes.InvalidParameterValue, () => UpdateCapacityAsync(fleet, 0, 1, 3));
        await UpdateCapacityAsync(fleet, 0, 1, 1);

        Advance(Defaults.UntilActive);
        Assert.Equal("ACTIVE", await StatusAsync(fleet));
        await UpdateCapacityAsync(fleet, 0, 2, 3);
        Assert.Equal(2, (await CountsAsync(fleet)).Desired);
    }

    [Fact]
    public async Task UpdateFleetCapacity_MaxAboveTheRegionsInstanceQuota_IsInstanceLimitExceeded()
    {
        var fleet = await CreateActiveFleetAsync();

        await FailsWithAsync(GseErrorCodes.LimitExceededInstanceLimitExceeded, () => UpdateCapacityAsync(fleet, 0, 1, 21));

        Assert.Equal(1, (await CountsAsync(fleet)).MaxiNum);
    }

    [Fact]
    public async Task UpdateFleetCapacity_DesiredInstancesServeAfterBootTime_AndCapacityUtilizationInstancesAgree()
    {
        var fleet = await CreateActiveFleetAsync(processes: 2);

        await UpdateCapacityAsync(fleet, 0, 3, 3);

        var booting = await CountsAsync(fleet);
        Assert.Equal((3, 1, 2), (booting.Desired, booting.Active, booting.Pending));
        Assert.Equal(["ACTIVE", "PENDING", "PENDING"], (await InstancesAsync(fleet)).Select(i => i.Status).Order());
        Assert.Equal(2, (await UtilizationAsync(fleet)).ActiveServerProcessCount);
        await CreateSessionAsync(fleet);
        await CreateSessionAsync(fleet);
        await FailsWithAsync(GseErrorCodes.ResourceInsufficient, () => CreateSessionAsync(fleet)); // the pending instances take no session yet

        Advance(Defaults.Boot - TimeSpan.FromSeconds(1));
        Assert.Equal(2, (await CountsAsync(fleet)).Pending);
        Advance(TimeSpan.FromSeconds(1));

        var sessions = new[] { await CreateSessionAsync(fleet) };
        var counts = await CountsAsync(fleet);
        var instances = await InstancesAsync(fleet);
        var utilization = await UtilizationAsync(fleet);
        Assert.Equal((3, 3, 0, 0), (counts.Desired, counts.Active, counts.Pending, counts.Terminating));
        Assert.Equal(3, instances.Count);
        Assert.All(instances, i => Assert.Equal("ACTIVE", i.Status));
        Assert.Equal(3, instances.Select(i => i.InstanceId).Distinct().Count());
        Assert.Equal(3, instances.Select(i => i.IpAddress).Distinct().Count());
        Assert.Equal(counts.Active * 2, utilization.ActiveServerProcessCount);
        Assert.Equal(3, utilization.ActiveGameServerSessionCount);
        Assert.Equal(12, utilization.MaximumPlayerSessionCount);

        // Sessions are packed: one instance full, one with the third session, one idle.
        Assert.Equal(1, counts.Idle);
        var busyIps = (await SessionsAsync(fleet)).Select(s => s.IpAddress).Distinct().ToList();
        Assert.Equal(2, busyIps.Count);
        Assert.All(busyIps, ip => Assert.Contains(ip, instances.Select(i => i.IpAddress)));
        Assert.Contains(sessions[0].IpAddress, busyIps);

        var scaling = (await Client.DescribeFleetEventsAsync(new DescribeFleetEventsRequest { FleetId = fleet, EventCode = "FLEET_SCALING_EVENT" })).Events!;
        Assert.Contains("1 → 3", Assert.Single(scaling).Message, StringComparison.Ordinal);
    }
}
