using GseFunctions.Gse.Models;

namespace GseFunctions.Gse.Emulator.Tests.Simulation;

/// <summary>Fleet lifecycle on the fake clock: creation phases, failures into ERROR, deletion.</summary>
public sealed class FleetLifecycleTests : SimulationTestBase
{
    [Fact]
    public async Task CreateFleet_PassesEachStatusExactlyAtItsConfiguredDuration()
    {
        var fleet = await CreateFleetAsync(await CreateAssetAsync());
        Assert.Equal("NEW", await StatusAsync(fleet));

        (string Status, TimeSpan Duration)[] phases =
        [
            ("NEW", Defaults.New),
            ("DOWNLOADING", Defaults.Downloading),
            ("VALIDATING", Defaults.Validating),
            ("BUILDING", Defaults.Building),
            ("ACTIVATING", Defaults.Activating),
        ];
        string[] next = ["DOWNLOADING", "VALIDATING", "BUILDING", "ACTIVATING", "ACTIVE"];
        for (var i = 0; i < phases.Length; i++)
        {
            Advance(phases[i].Duration - TimeSpan.FromSeconds(1));
            Assert.Equal(phases[i].Status, await StatusAsync(fleet));
            Advance(TimeSpan.FromSeconds(1));
            Assert.Equal(next[i], await StatusAsync(fleet));
        }

        // Instances launch at ACTIVATING and have booted by the time the fleet is ACTIVE.
        var counts = await CountsAsync(fleet);
        Assert.Equal(1, counts.Active);
        Assert.Equal(0, counts.Pending);
        Assert.Empty((await FleetAsync(fleet)).StoppedActions!);
    }

    [Fact]
    public async Task CreateFleet_DescribeFleetEventsListsEveryTransitionNewestFirstAtItsTime()
    {
        var start = Now;
        var fleet = await CreateFleetAsync(await CreateAssetAsync());
        Advance(Defaults.UntilActive);

        var events = await EventsAsync(fleet);

        var atDownload = start + Defaults.New;
        var atValidate = atDownload + Defaults.Downloading;
        var atBuild = atValidate + Defaults.Validating;
        var atActivate = atBuild + Defaults.Building;
        var atActive = atActivate + Defaults.Activating;
        (string Code, DateTimeOffset Time)[] expected =
        [
            ("FLEET_STATE_ACTIVE", atActive),
            ("FLEET_STATE_ACTIVATING", atActivate),
            ("FLEET_CREATION_RUNNING_INSTALLER", atBuild),
            ("FLEET_STATE_BUILDING", atBuild),
            ("FLEET_CREATION_VALIDATING_RUNTIME_CONFIG", atValidate),
            ("FLEET_STATE_VALIDATING", atValidate),
            ("FLEET_CREATION_EXTRACTING_BUILD", atValidate),
            ("FLEET_STATE_DOWNLOADING", atDownload),
            ("FLEET_CREATED", start),
        ];
        Assert.Equal(expected.Select(e => (e.Code, Wire(e.Time))), events.Select(e => (e.EventCode!, e.EventTime!)));
        Assert.All(events, e => Assert.Equal(fleet, e.ResourceId));
        Assert.Equal(events.Count, events.Select(e => e.EventId).Distinct().Count());

        // The EventCode filter narrows to one transition.
        var active = (await Client.DescribeFleetEventsAsync(new DescribeFleetEventsRequest { FleetId = fleet, EventCode = "FLEET_STATE_ACTIVE" })).Events!;
        Assert.Equal(Wire(atActive), Assert.Single(active).EventTime);
    }

    [Fact]
    public async Task CreateFleet_AssetDoesNotExist_EndsInErrorWhenTheDownloadFinishes()
    {
        var fleet = await CreateFleetAsync("asset-missing0");
        Assert.Equal("NEW", await StatusAsync(fleet));

        Advance(Defaults.New + Defaults.Downloading - TimeSpan.FromSeconds(1));
        Assert.Equal("DOWNLOADING", await StatusAsync(fleet));
        Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("ERROR", await StatusAsync(fleet));

        var events = await EventsAsync(fleet);
        Assert.Equal("FLEET_STATE_ERROR", events[0].EventCode);
        Assert.Equal("FLEET_BINARY_DOWNLOAD_FAILED", events[1].EventCode);
        Assert.Contains("asset-missing0", events[1].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(events, e => e.EventCode is "FLEET_STATE_VALIDATING" or "FLEET_CREATION_EXTRACTING_BUILD");

        // It stays in ERROR, with no instance, and takes no sessions.
        Advance(TimeSpan.FromMinutes(10));
        Assert.Equal("ERROR", await StatusAsync(fleet));
        Assert.Empty(await InstancesAsync(fleet));
        await FailsWithAsync(GseErrorCodes.ResourceUnavailable, () => CreateSessionAsync(fleet));
    }

    [Fact]
    public async Task DeleteAsset_UsedByAFleetBeingCreated_IsResourceInUse()
    {
        var asset = await CreateAssetAsync();
        var fleet = await CreateFleetAsync(asset);
        Advance(Defaults.New + TimeSpan.FromSeconds(10));

        await FailsWithAsync(GseErrorCodes.ResourceInUse, () => Client.DeleteAssetAsync(new DeleteAssetRequest { AssetId = asset }));

        Advance(Defaults.UntilActive);
        Assert.Equal("ACTIVE", await StatusAsync(fleet));
    }

    [Fact]
    public async Task FailNextActivation_NextFleetEndsInErrorAtActivation_OnlyOnce()
    {
        await ArmActivationFailureAsync("Injected: no capacity in zone.");

        var asset = await CreateAssetAsync();
        var failing = await CreateFleetAsync(asset);
        Advance(Defaults.New + Defaults.Downloading + Defaults.Validating + Defaults.Building);
        Assert.Equal("ACTIVATING", await StatusAsync(failing));
        Assert.Empty(await InstancesAsync(failing));
        Advance(Defaults.Activating - TimeSpan.FromSeconds(1));
        Assert.Equal("ACTIVATING", await StatusAsync(failing));
        Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("ERROR", await StatusAsync(failing));

        var events = await EventsAsync(failing);
        Assert.Equal(["FLEET_STATE_ERROR", "FLEET_ACTIVATION_FAILED", "FLEET_STATE_ACTIVATING"], events.Take(3).Select(e => e.EventCode));
        Assert.Equal("Injected: no capacity in zone.", events[1].Message);
        Assert.DoesNotContain(events, e => e.EventCode == "FLEET_STATE_ACTIVE");

        // One-shot: the next fleet activates normally.
        var healthy = await CreateFleetAsync(asset);
        Advance(Defaults.UntilActive);
        Assert.Equal("ACTIVE", await StatusAsync(healthy));
        Assert.Equal("ERROR", await StatusAsync(failing));
    }

    [Fact]
    public async Task DeleteFleet_GoesDeletingThenTerminatedAfterDeletingDuration_AndEndsItsSessions()
    {
        var fleet = await CreateActiveFleetAsync();
        var session = await CreateSessionAsync(fleet);

        await Client.DeleteFleetAsync(new DeleteFleetRequest { FleetId = fleet });
        Assert.Equal("DELETING", await StatusAsync(fleet));
        var ended = await SessionAsync(session.GameServerSessionId!);
        Assert.Equal("TERMINATED", ended.Status);
        await FailsWithAsync(GseErrorCodes.ResourceNotFound, () => CreateSessionAsync(fleet));

        // A second DeleteFleet while DELETING is accepted and changes nothing.
        await Client.DeleteFleetAsync(new DeleteFleetRequest { FleetId = fleet });
        Advance(Defaults.Deleting - TimeSpan.FromSeconds(1));
        Assert.Equal("DELETING", await StatusAsync(fleet));
        Advance(TimeSpan.FromSeconds(1));

        var terminated = await FleetAsync(fleet);
        Assert.Equal("TERMINATED", terminated.Status);
        Assert.Equal(Wire(Now), terminated.TerminationTime);
        Assert.Empty(await InstancesAsync(fleet));
        Assert.Equal(["FLEET_DELETED", "FLEET_STATE_DELETING"], (await EventsAsync(fleet)).Take(2).Select(e => e.EventCode));
        Assert.DoesNotContain(fleet, (await Client.ListFleetsAsync(new ListFleetsRequest())).FleetIds!);
        await FailsWithAsync(GseErrorCodes.ResourceNotFound, () => Client.DeleteFleetAsync(new DeleteFleetRequest { FleetId = fleet }));
    }

    [Fact]
    public async Task DescribeFleetEvents_WithoutLimit_AnswersTheDocumentedDefaultOf20()
    {
        var fleet = await CreateActiveFleetAsync();
        for (var i = 0; i < 14; i++)
        {
            await UpdateCapacityAsync(fleet, 0, i % 2, 1); // each change of the desired count is a FLEET_SCALING_EVENT
        }

        var all = await EventsAsync(fleet);
        var page = await Client.DescribeFleetEventsAsync(new DescribeFleetEventsRequest { FleetId = fleet });

        Assert.True(all.Count > 20, $"{all.Count} events");
        Assert.Equal(all.Count, page.TotalCount);
        Assert.Equal(all.Take(20).Select(e => e.EventId), page.Events!.Select(e => e.EventId));
    }

    [Fact]
    public async Task DeleteFleet_TargetOfAnAlias_IsResourceInUseUntilTheAliasIsRepointed()
    {
        var asset = await CreateAssetAsync();
        var fleet1 = await CreateActiveFleetAsync(assetId: asset);
        var fleet2 = await CreateActiveFleetAsync(assetId: asset);
        var alias = (await Client.CreateAliasAsync(new CreateAliasRequest { Name = "live", RoutingStrategy = new RoutingStrategy { Type = "SIMPLE", FleetId = fleet1 } })).Alias!;

        var refused = await FailsWithAsync(GseErrorCodes.ResourceInUse, () => Client.DeleteFleetAsync(new DeleteFleetRequest { FleetId = fleet1 }));
        Assert.Contains(alias.AliasId!, refused.ServiceMessage, StringComparison.Ordinal);
        Assert.Equal("ACTIVE", await StatusAsync(fleet1));

        await Client.UpdateAliasAsync(new UpdateAliasRequest { AliasId = alias.AliasId, RoutingStrategy = new RoutingStrategy { Type = "SIMPLE", FleetId = fleet2 } });
        await Client.DeleteFleetAsync(new DeleteFleetRequest { FleetId = fleet1 });
        Assert.Equal("DELETING", await StatusAsync(fleet1));
        await FailsWithAsync(GseErrorCodes.ResourceInUse, () => Client.DeleteFleetAsync(new DeleteFleetRequest { FleetId = fleet2 }));
    }

    [Fact]
    public async Task DeleteFleet_WhileAnInjectedActivationFailureIsPending_StaysTerminated()
    {
        await ArmActivationFailureAsync("boom");
        var fleet = await CreateFleetAsync(await CreateAssetAsync());
        Advance(Defaults.New + Defaults.Downloading + Defaults.Validating + Defaults.Building);
        Assert.Equal("ACTIVATING", await StatusAsync(fleet));

        await Client.DeleteFleetAsync(new DeleteFleetRequest { FleetId = fleet });
        Advance(Defaults.Deleting + Defaults.Activating);

        Assert.Equal("TERMINATED", await StatusAsync(fleet));
        Assert.DoesNotContain(await EventsAsync(fleet), e => e.EventCode is "FLEET_STATE_ERROR" or "FLEET_ACTIVATION_FAILED");
    }
}
