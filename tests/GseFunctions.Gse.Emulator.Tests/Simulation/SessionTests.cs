using GseFunctions.Gse.Models;

namespace GseFunctions.Gse.Emulator.Tests.Simulation;

/// <summary>Game server sessions: placement, refusals, idempotency, and how they end.</summary>
public sealed class SessionTests : SimulationTestBase
{
    private static readonly TimeSpan Match = TimeSpan.FromMinutes(6);
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    // Every match lasts exactly six minutes.
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["LocalGse:Simulation:MatchLengthMin"] = "00:06:00",
        ["LocalGse:Simulation:MatchLengthMax"] = "00:06:00",
    };

    [Fact]
    public async Task CreateSession_NoFreeServerProcess_IsResourceInsufficientAndCreatesNothing()
    {
        var fleet = await CreateActiveFleetAsync(processes: 2);
        var first = await CreateSessionAsync(fleet);
        var second = await CreateSessionAsync(fleet);
        Assert.Equal(first.IpAddress, second.IpAddress);
        Assert.NotEqual(first.Port, second.Port);

        await FailsWithAsync(GseErrorCodes.ResourceInsufficient, () => Client.CreateGameServerSessionAsync(new CreateGameServerSessionRequest
        {
            FleetId = fleet,
            MaximumPlayerSessionCount = 4,
            GameServerSessionId = "third",
            IdempotencyToken = "third-token",
        }));

        Assert.Equivalent(new[] { first.GameServerSessionId, second.GameServerSessionId }, (await SessionsAsync(fleet)).Select(s => s.GameServerSessionId), strict: true);
        Assert.Equal(2, (await UtilizationAsync(fleet)).ActiveGameServerSessionCount);
        Assert.Equal(0, (await CountsAsync(fleet)).Idle);
    }

    [Fact]
    public async Task CreateSession_FleetNotActive_IsResourceUnavailable_DirectlyAndThroughAnAlias()
    {
        var asset = await CreateAssetAsync();
        var fleet = await CreateFleetAsync(asset);
        var alias = (await Client.CreateAliasAsync(new CreateAliasRequest { Name = "early", RoutingStrategy = new RoutingStrategy { Type = "SIMPLE", FleetId = fleet } })).Alias!;

        foreach (var at in new[] { TimeSpan.Zero, Defaults.New, Defaults.Downloading, Defaults.Validating, Defaults.Building, Defaults.Activating - Second })
        {
            Advance(at);
            var status = await StatusAsync(fleet);
            Assert.NotEqual("ACTIVE", status);
            await FailsWithAsync(GseErrorCodes.ResourceUnavailable, () => CreateSessionAsync(fleet));
            await FailsWithAsync(GseErrorCodes.ResourceUnavailable, () => CreateSessionAsync(aliasId: alias.AliasId));
        }

        Assert.Empty(await SessionsAsync(fleet));
        Advance(Second);
        Assert.Equal(fleet, (await CreateSessionAsync(aliasId: alias.AliasId)).FleetId);
    }

    [Fact]
    public async Task CreateSession_SameIdempotencyToken_ReturnsTheSameSessionEvenWhenTheFleetIsFull()
    {
        var fleet = await CreateActiveFleetAsync(processes: 2);

        var first = await CreateSessionAsync(fleet, idempotencyToken: "token-1");
        var again = await CreateSessionAsync(fleet, idempotencyToken: "token-1");
        Assert.Equal(first.GameServerSessionId, again.GameServerSessionId);
        Assert.Equal((first.IpAddress, first.Port), (again.IpAddress, again.Port));
        Assert.Single(await SessionsAsync(fleet));

        var other = await CreateSessionAsync(fleet, idempotencyToken: "token-2");
        Assert.NotEqual(first.GameServerSessionId, other.GameServerSessionId);

        // Both processes are busy now; repeating a token still answers its session instead of ResourceInsufficient.
        Assert.Equal(other.GameServerSessionId, (await CreateSessionAsync(fleet, idempotencyToken: "token-2")).GameServerSessionId);
        await FailsWithAsync(GseErrorCodes.ResourceInsufficient, () => CreateSessionAsync(fleet, idempotencyToken: "token-3"));
        Assert.Equal(2, (await SessionsAsync(fleet)).Count);
    }

    [Fact]
    public async Task Session_ActivatesAfterTheDelay_AndTerminatesWhenTheMatchEnds()
    {
        var fleet = await CreateActiveFleetAsync(processes: 1);
        var created = Now;
        var session = await CreateSessionAsync(fleet);
        Assert.Equal("ACTIVATING", session.Status);

        Advance(Defaults.SessionActivation - Second);
        Assert.Equal("ACTIVATING", (await SessionAsync(session.GameServerSessionId!)).Status);
        Advance(Second);
        Assert.Equal("ACTIVE", (await SessionAsync(session.GameServerSessionId!)).Status);
        var player = (await Client.JoinGameServerSessionAsync(new JoinGameServerSessionRequest { GameServerSessionId = session.GameServerSessionId, PlayerId = "p1" })).PlayerSession!;
        Assert.Equal("RESERVED", player.Status);
        Advance(Defaults.PlayerConnect);
        Assert.Equal(1, (await UtilizationAsync(fleet)).CurrentPlayerSessionCount);

        var end = created + Defaults.SessionActivation + Match;
        Advance(end - Now - Second);
        Assert.Equal("ACTIVE", (await SessionAsync(session.GameServerSessionId!)).Status);
        Advance(Second);

        var ended = await SessionAsync(session.GameServerSessionId!);
        Assert.Equal(("TERMINATED", "The match ended.", Wire(end)), (ended.Status, ended.StatusReason, ended.TerminationTime));
        var players = (await Client.DescribePlayerSessionsAsync(new DescribePlayerSessionsRequest { GameServerSessionId = session.GameServerSessionId })).PlayerSessions!;
        Assert.Equal("COMPLETED", Assert.Single(players).Status);
        var utilization = await UtilizationAsync(fleet);
        Assert.Equal((0, 0), (utilization.ActiveGameServerSessionCount, utilization.CurrentPlayerSessionCount));

        // The process is free again.
        Assert.Equal(session.Port, (await CreateSessionAsync(fleet)).Port);
    }

    [Fact]
    public async Task EndGameServerSessionAndProcess_ByIdOrByIpAndPort_TerminatesAtOnceAndFreesTheProcess()
    {
        var fleet = await CreateActiveFleetAsync(processes: 2);
        var byId = await CreateSessionAsync(fleet);
        var byAddress = await CreateSessionAsync(fleet);
        Advance(Defaults.SessionActivation);
        await FailsWithAsync(GseErrorCodes.ResourceInsufficient, () => CreateSessionAsync(fleet));

        await Client.EndGameServerSessionAndProcessAsync(new EndGameServerSessionAndProcessRequest { GameServerSessionId = byId.GameServerSessionId });
        await Client.EndGameServerSessionAndProcessAsync(new EndGameServerSessionAndProcessRequest { IpAddress = byAddress.IpAddress, Port = byAddress.Port });

        foreach (var id in new[] { byId.GameServerSessionId!, byAddress.GameServerSessionId! })
        {
            var ended = await SessionAsync(id);
            Assert.Equal(("TERMINATED", Wire(Now)), (ended.Status, ended.TerminationTime));
        }

        Assert.Equal(0, (await UtilizationAsync(fleet)).ActiveGameServerSessionCount);
        await CreateSessionAsync(fleet);
        await CreateSessionAsync(fleet);

        // Ending an ended session changes nothing; the instance stays (it is still desired).
        await Client.EndGameServerSessionAndProcessAsync(new EndGameServerSessionAndProcessRequest { GameServerSessionId = byId.GameServerSessionId });
        Assert.Equal("TERMINATED", (await SessionAsync(byId.GameServerSessionId!)).Status);
        Assert.Single(await InstancesAsync(fleet));
    }

    [Fact]
    public async Task CreateSession_FleetIdAndAliasIdBothGiven_FleetIdWins()
    {
        var asset = await CreateAssetAsync();
        var aliasFleet = await CreateActiveFleetAsync(assetId: asset);
        var otherFleet = await CreateActiveFleetAsync(assetId: asset);
        var simple = await CreateAliasAsync(new RoutingStrategy { Type = "SIMPLE", FleetId = aliasFleet });
        var terminal = await CreateAliasAsync(new RoutingStrategy { Type = "TERMINAL", Message = "closed for the night" });

        Assert.Equal(otherFleet, (await CreateSessionAsync(otherFleet, simple)).FleetId);
        Assert.Equal(otherFleet, (await CreateSessionAsync(otherFleet, terminal)).FleetId);
        Assert.Equal(aliasFleet, (await CreateSessionAsync(aliasId: simple)).FleetId);
    }

    [Fact]
    public async Task TerminalAlias_CreateSessionAndResolve_FailWithTheAliasMessageAndCreateNothing()
    {
        var fleet = await CreateActiveFleetAsync();
        var terminal = await CreateAliasAsync(new RoutingStrategy { Type = "TERMINAL", Message = "closed for the night" });

        var create = await FailsWithAsync(GseErrorCodes.FailedOperation, () => CreateSessionAsync(aliasId: terminal));
        var resolve = await FailsWithAsync(GseErrorCodes.FailedOperation, () => Client.ResolveAliasAsync(new ResolveAliasRequest { AliasId = terminal }));

        Assert.Equal("closed for the night", create.ServiceMessage);
        Assert.Equal("closed for the night", resolve.ServiceMessage);
        Assert.Empty(await SessionsAsync(fleet));
    }

    [Fact]
    public async Task CreateSession_UnknownAliasOrFleet_IsResourceNotFound()
    {
        await FailsWithAsync(GseErrorCodes.ResourceNotFound, () => CreateSessionAsync(aliasId: "alias-00000000-00000000"));
        await FailsWithAsync(GseErrorCodes.ResourceNotFound, () => CreateSessionAsync("fleet-00000000-00000000"));
        await FailsWithAsync(GseErrorCodes.MissingParameter, () => CreateSessionAsync());
    }

    private async Task<string> CreateAliasAsync(RoutingStrategy routing) =>
        (await Client.CreateAliasAsync(new CreateAliasRequest { Name = "sessions-" + routing.Type, RoutingStrategy = routing })).Alias!.AliasId!;
}
