using GseFunctions.Gse.Models;

namespace GseFunctions.Gse.Emulator.Tests.Simulation;

/// <summary>Region quotas set small through <c>LocalGse:Simulation</c>: one more than allowed is LimitExceeded.</summary>
public sealed class QuotaTests : SimulationTestBase
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["LocalGse:Simulation:FleetQuota"] = "2",
        ["LocalGse:Simulation:AliasQuota"] = "1",
        ["LocalGse:Simulation:InstanceQuota"] = "3",
    };

    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private async Task<QuotaResource> QuotaAsync(int resourceType) =>
        (await Client.DescribeUserQuotasAsync(new DescribeUserQuotasRequest())).QuotaResource!.Single(q => q.ResourceType == resourceType);

    [Fact]
    public async Task CreateFleet_OneMoreThanTheFleetQuota_IsFleetLimitExceeded_UntilAFleetIsTerminated()
    {
        var asset = await CreateAssetAsync();
        var first = await CreateFleetAsync(asset);
        await CreateFleetAsync(asset);
        Assert.Equal((2, 0), ((await QuotaAsync(2)).HardLimit, (await QuotaAsync(2)).Remaining));

        await FailsWithAsync(GseErrorCodes.LimitExceededFleetLimitExceeded, () => CreateFleetAsync(asset));
        Assert.Equal(2, (await Client.ListFleetsAsync(new ListFleetsRequest())).TotalCount);

        // A DELETING fleet still counts; a TERMINATED one does not.
        await Client.DeleteFleetAsync(new DeleteFleetRequest { FleetId = first });
        await FailsWithAsync(GseErrorCodes.LimitExceededFleetLimitExceeded, () => CreateFleetAsync(asset));
        Advance(Defaults.Deleting);
        Assert.Equal(1, (await QuotaAsync(2)).Remaining);
        await CreateFleetAsync(asset);
        await FailsWithAsync(GseErrorCodes.LimitExceededFleetLimitExceeded, () => CreateFleetAsync(asset));
    }

    [Fact]
    public async Task CreateAlias_OneMoreThanTheAliasQuota_IsLimitExceeded_UntilOneIsDeleted()
    {
        var terminal = new RoutingStrategy { Type = "TERMINAL", Message = "closed" };
        var alias = (await Client.CreateAliasAsync(new CreateAliasRequest { Name = "one", RoutingStrategy = terminal })).Alias!;

        await FailsWithAsync(GseErrorCodes.LimitExceeded, () => Client.CreateAliasAsync(new CreateAliasRequest { Name = "two", RoutingStrategy = terminal }));
        Assert.Equal(1, (await Client.ListAliasesAsync(new ListAliasesRequest())).TotalCount);
        Assert.Equal(0, (await QuotaAsync(3)).Remaining);

        await Client.DeleteAliasAsync(new DeleteAliasRequest { AliasId = alias.AliasId });
        await Client.CreateAliasAsync(new CreateAliasRequest { Name = "two", RoutingStrategy = terminal });
    }

    [Fact]
    public async Task Instances_AcrossFleets_NeverExceedTheInstanceQuota()
    {
        var asset = await CreateAssetAsync();
        var big = await CreateActiveFleetAsync(assetId: asset);
        await FailsWithAsync(GseErrorCodes.LimitExceededInstanceLimitExceeded, () => UpdateCapacityAsync(big, 0, 3, 4));
        await UpdateCapacityAsync(big, 0, 3, 3);
        Advance(Defaults.Boot);
        Assert.Equal(3, (await CountsAsync(big)).Active);
        Assert.Equal(0, (await QuotaAsync(5)).Remaining);

        // A second fleet reaches ACTIVATING but obtains no instance: its activation fails, as the service's does.
        var starved = await CreateFleetAsync(asset);
        Advance(Defaults.UntilActive + Defaults.Boot);
        Assert.Equal("ERROR", await StatusAsync(starved));
        Assert.Empty(await InstancesAsync(starved));
        var events = await EventsAsync(starved);
        Assert.Contains(events, e => e.EventCode == "FLEET_SCALING_EVENT" && e.Message!.Contains("quota", StringComparison.Ordinal));
        Assert.Contains(events, e => e.EventCode == "FLEET_ACTIVATION_FAILED_NO_INSTANCES");
    }

    [Fact]
    public async Task FleetWaitingForTheInstanceQuota_LaunchesAsSoonAsAnotherFleetReleasesAnInstance()
    {
        var asset = await CreateAssetAsync();
        var big = await CreateActiveFleetAsync(assetId: asset);
        await UpdateCapacityAsync(big, 0, 3, 3);
        Advance(Defaults.Boot);

        var waiting = await CreateFleetAsync(asset);
        Advance(Defaults.UntilActive - Defaults.Activating + Second); // ACTIVATING, wanting its first instance
        Assert.Equal("ACTIVATING", await StatusAsync(waiting));
        Assert.Empty(await InstancesAsync(waiting));

        await UpdateCapacityAsync(big, 0, 2, 3); // frees one: no call to the waiting fleet is needed
        Assert.Single(await InstancesAsync(waiting));
        Advance(Defaults.Activating);

        Assert.Equal("ACTIVE", await StatusAsync(waiting));
        Assert.Equal(1, (await CountsAsync(waiting)).Active);
        Assert.Equal(2, (await CountsAsync(big)).Active);
        Assert.Equal(0, (await QuotaAsync(5)).Remaining);
    }
}
