using GseFunctions.Gse.Models;
using GseFunctions.Testing;

namespace GseFunctions.Gse.Emulator.Tests.Scenarios;

/// <summary>
/// The seed document's walkthrough, through the typed client over real HTTP: two fleets in ap-shanghai, an
/// alias on fleet 1, a session lands on fleet 1, the alias is repointed, the next session lands on fleet 2,
/// fleet 1 keeps its session, then drains and scales in.
/// </summary>
public sealed class SeedWalkthroughTests : IAsyncLifetime
{
    private LocalGseServer _server = null!;
    private GseClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await LocalGseServer.StartAsync();
        _client = _server.CreateClient();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SeedScenario_RepointAlias_NewSessionsOnFleet2AndFleet1DrainsAndScalesIn()
    {
        var seed = await GseSeed.CreateAsync(_client, _server);

        var alias = (await _client.CreateAliasAsync(new CreateAliasRequest
        {
            Name = "zero-downtime-update-test",
            RoutingStrategy = new RoutingStrategy { Type = "SIMPLE", FleetId = seed.Fleet1 },
        })).Alias!;

        var first = (await _client.CreateGameServerSessionAsync(new CreateGameServerSessionRequest { AliasId = alias.AliasId, MaximumPlayerSessionCount = 10 })).GameServerSession!;
        Assert.Equal(seed.Fleet1, first.FleetId);
        Assert.Equal("ACTIVATING", first.Status);

        await _client.UpdateAliasAsync(new UpdateAliasRequest { AliasId = alias.AliasId, RoutingStrategy = new RoutingStrategy { Type = "SIMPLE", FleetId = seed.Fleet2 } });
        Assert.Equal(seed.Fleet2, (await _client.ResolveAliasAsync(new ResolveAliasRequest { AliasId = alias.AliasId })).FleetId);

        var second = (await _client.CreateGameServerSessionAsync(new CreateGameServerSessionRequest { AliasId = alias.AliasId, MaximumPlayerSessionCount = 10 })).GameServerSession!;
        Assert.Equal(seed.Fleet2, second.FleetId);

        // Fleet 1 keeps exactly its one session: repointing moves and kills nothing.
        var onFleet1 = (await _client.DescribeGameServerSessionsAsync(new DescribeGameServerSessionsRequest { FleetId = seed.Fleet1 })).GameServerSessions!;
        var kept = Assert.Single(onFleet1);
        Assert.Equal(first.GameServerSessionId, kept.GameServerSessionId);
        Assert.NotEqual("TERMINATED", kept.Status);

        // Let fleet 1 scale in: minimum 0, desired 0. Stateful scale-in keeps the busy instance until its match ends.
        await _client.UpdateFleetCapacityAsync(new UpdateFleetCapacityRequest { FleetId = seed.Fleet1, MinSize = 0, DesiredInstances = 0, MaxSize = 1 });
        _server.Advance(TimeSpan.FromSeconds(30));
        var during = (await _client.DescribeFleetCapacityAsync(new DescribeFleetCapacityRequest { FleetIds = [seed.Fleet1] })).FleetCapacity!.Single();
        Assert.True(during.InstanceCounts!.Active >= 1, "the instance running the match must not be removed");
        var stillThere = (await _client.DescribeGameServerSessionsAsync(new DescribeGameServerSessionsRequest { FleetId = seed.Fleet1 })).GameServerSessions!.Single();
        Assert.Equal("ACTIVE", stillThere.Status);

        // After the longest match (and protection window) fleet 1 has no live session and no instance left.
        _server.Advance(TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(5));
        var ended = (await _client.DescribeGameServerSessionsAsync(new DescribeGameServerSessionsRequest { FleetId = seed.Fleet1 })).GameServerSessions!;
        Assert.All(ended, s => Assert.Equal("TERMINATED", s.Status));
        var after = (await _client.DescribeFleetCapacityAsync(new DescribeFleetCapacityRequest { FleetIds = [seed.Fleet1] })).FleetCapacity!.Single();
        Assert.Equal(0, after.InstanceCounts!.Active ?? 0);

        // Fleet 2 still serves the alias.
        var third = (await _client.CreateGameServerSessionAsync(new CreateGameServerSessionRequest { AliasId = alias.AliasId, MaximumPlayerSessionCount = 10 })).GameServerSession!;
        Assert.Equal(seed.Fleet2, third.FleetId);
    }

    [Fact]
    public async Task TerminalAlias_SessionRequest_FailsWithTheAliasMessage()
    {
        var alias = (await _client.CreateAliasAsync(new CreateAliasRequest
        {
            Name = "closed",
            RoutingStrategy = new RoutingStrategy { Type = "TERMINAL", Message = "Servers are down for maintenance until 10:00 UTC." },
        })).Alias!;

        var ex = await Assert.ThrowsAsync<GseException>(() => _client.CreateGameServerSessionAsync(new CreateGameServerSessionRequest { AliasId = alias.AliasId, MaximumPlayerSessionCount = 4 }));

        Assert.Equal("Servers are down for maintenance until 10:00 UTC.", ex.ServiceMessage);
        Assert.False(string.IsNullOrEmpty(ex.RequestId));
    }
}
