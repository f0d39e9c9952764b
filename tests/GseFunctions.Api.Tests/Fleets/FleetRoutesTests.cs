using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GseFunctions.Api.Tests.Sessions;
using GseFunctions.Gse.Models;
using GseFunctions.Testing;

namespace GseFunctions.Api.Tests.Fleets;

/// <summary>
/// <c>GET /api/fleets</c> and <c>GET /api/fleets/{fleetId}</c> over the local GSE: the figures GSE gives, the aliases
/// routing to a fleet, paging like the alias list, and one GSE read per figure for a whole page (not per fleet or session).
/// </summary>
public sealed class FleetRoutesTests(FleetStackFixture fixture) : IClassFixture<FleetStackFixture>
{
    [Fact]
    public async Task Get_SeededFleet_ShowsGseFiguresAndTheAliasRoutingToIt()
    {
        var seed = fixture.Seed;
        using var http = fixture.Stack.AdminClient();
        var before = TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(-1);

        var fleet = await http.GetFromJsonAsync<JsonElement>($"/api/fleets/{seed.Fleet1}");

        var observed = await RolloutSeed.ObserveAsync(fixture.Stack.Gse, seed.Fleet1);
        var attributes = (await fixture.Stack.Gse.DescribeFleetAttributesAsync(new DescribeFleetAttributesRequest { FleetIds = [seed.Fleet1] })).FleetAttributes![0];
        Assert.Equal(seed.Fleet1, fleet.GetProperty("fleetId").GetString());
        Assert.Equal(attributes.Name, fleet.GetProperty("name").GetString());
        Assert.Equal("ACTIVE", fleet.GetProperty("status").GetString());
        Assert.Equal(seed.AssetId, fleet.GetProperty("assetId").GetString());
        Assert.Equal("FullProtection", fleet.GetProperty("protectionPolicy").GetString());
        var capacity = fleet.GetProperty("capacity");
        Assert.Equal(observed.MinSize, capacity.GetProperty("minSize").GetInt32());
        Assert.Equal(observed.DesiredInstances, capacity.GetProperty("desiredInstances").GetInt32());
        Assert.Equal(observed.MaxSize, capacity.GetProperty("maxSize").GetInt32());
        Assert.Equal(observed.Instances, fleet.GetProperty("instances").GetInt32());
        Assert.True(fleet.GetProperty("instances").GetInt32() > 0);
        Assert.Equal(observed.Sessions + observed.AvailableSessions, fleet.GetProperty("liveSessions").GetInt32() + fleet.GetProperty("availableSessions").GetInt32());
        var alias = Assert.Single(fleet.GetProperty("aliases").EnumerateArray());
        Assert.Equal(seed.AliasId, alias.GetProperty("aliasId").GetString());
        Assert.False(string.IsNullOrEmpty(alias.GetProperty("name").GetString()));
        var readAt = fleet.GetProperty("readAt").GetDateTime();
        Assert.Equal(DateTimeKind.Utc, readAt.Kind);
        Assert.InRange(readAt, before, TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(1));
        Assert.EndsWith("Z", fleet.GetProperty("readAt").GetString(), StringComparison.Ordinal);

        // Fleet 2 has no alias yet.
        var second = await http.GetFromJsonAsync<JsonElement>($"/api/fleets/{seed.Fleet2}");
        Assert.Empty(second.GetProperty("aliases").EnumerateArray());
    }

    [Fact]
    public async Task Get_FleetWithLiveSessions_CountsThem()
    {
        using var http = fixture.Stack.AdminClient();
        var seed = fixture.Seed;
        var sessions = await fixture.Stack.Gse.DescribeGameServerSessionsAsync(new DescribeGameServerSessionsRequest { FleetId = seed.Fleet1 });
        var live = (sessions.GameServerSessions ?? []).Count(s => s.Status is "ACTIVE" or "ACTIVATING");

        var fleet = await http.GetFromJsonAsync<JsonElement>($"/api/fleets/{seed.Fleet1}");

        // Sessions start and end on the simulation's clock: the count is read a moment later than GSE's list.
        Assert.InRange(fleet.GetProperty("liveSessions").GetInt32(), 0, live + 10);
        Assert.True(fleet.GetProperty("availableSessions").GetInt32() >= 0);
    }

    [Fact]
    public async Task List_Pages_LikeTheAliasList()
    {
        using var http = fixture.Stack.AdminClient();

        var all = await http.GetFromJsonAsync<JsonElement>("/api/fleets");
        var ids = all.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("fleetId").GetString()).ToList();
        var total = all.GetProperty("totalCount").GetInt32();
        Assert.Equal(ids.Count, total);
        Assert.Contains(fixture.Seed.Fleet1, ids);
        Assert.Contains(fixture.Seed.Fleet2, ids);

        var first = await http.GetFromJsonAsync<JsonElement>("/api/fleets?limit=1");
        var second = await http.GetFromJsonAsync<JsonElement>("/api/fleets?offset=1&limit=1");
        var beyond = await http.GetFromJsonAsync<JsonElement>($"/api/fleets?offset={total}");
        Assert.Equal(ids[0], Assert.Single(first.GetProperty("items").EnumerateArray()).GetProperty("fleetId").GetString());
        Assert.Equal(ids[1], Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("fleetId").GetString());
        Assert.Empty(beyond.GetProperty("items").EnumerateArray());
        Assert.All(new[] { first, second, beyond }, page => Assert.Equal(total, page.GetProperty("totalCount").GetInt32()));
    }

    [Fact]
    public async Task List_OnePage_OneGseReadPerFigure()
    {
        using var http = fixture.Stack.AdminClient();
        await fixture.Stack.Admin.ResetCallsAsync();

        var page = await http.GetFromJsonAsync<JsonElement>("/api/fleets");

        var calls = await GseCalls.TotalsAsync(fixture.Stack.Admin);
        Assert.True(page.GetProperty("items").GetArrayLength() >= 2);
        Assert.Equal(
            new Dictionary<string, long>
            {
                ["DescribeFleetAttributes"] = 1, ["DescribeFleetCapacity"] = 1, ["DescribeFleetUtilization"] = 1, ["ListAliases"] = 1, ["ListFleets"] = 1,
            },
            calls.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary());
    }

    [Fact]
    public async Task Get_UnknownFleet_404ProblemAfterOneRead()
    {
        using var http = fixture.Stack.AdminClient();
        await fixture.Stack.Admin.ResetCallsAsync();

        using var response = await http.GetAsync("/api/fleets/fleet-doesnotexist");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("fleet-doesnotexist", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(new[] { "DescribeFleetAttributes" }, (await GseCalls.TotalsAsync(fixture.Stack.Admin)).Keys);
    }

    [Fact]
    public async Task Get_TwentyAtOnce_AllAnswerTheSameFleet()
    {
        using var http = fixture.Stack.AdminClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => http.GetFromJsonAsync<JsonElement>($"/api/fleets/{fixture.Seed.Fleet2}")));

        Assert.All(answers, a => Assert.Equal(fixture.Seed.Fleet2, a.GetProperty("fleetId").GetString()));
    }
}

/// <summary>One Azurite, stack and seed (alias on fleet 1 with sessions, fleet 2 unused) for the fleet route tests, which change nothing.</summary>
public sealed class FleetStackFixture : IAsyncLifetime
{
    private AzuriteServer _azurite = null!;

    public ApiStack Stack { get; private set; } = null!;

    public RolloutSeed Seed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        Stack = await ApiStack.StartAsync(_azurite.ConnectionString);
        Seed = await RolloutSeed.CreateAsync(Stack.Gse, protection: "FullProtection", sessions: 2);
    }

    public async Task DisposeAsync()
    {
        await Stack.DisposeAsync();
        await _azurite.DisposeAsync();
    }
}
