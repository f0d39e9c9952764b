using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GseFunctions.Api.Problems;
using GseFunctions.Api.Sessions;
using GseFunctions.Gse.Models;
using GseFunctions.Testing;
using Xunit.Abstractions;

namespace GseFunctions.Api.Tests.Sessions;

public sealed class SessionRoutesTests(SeededStackFixture fixture, ITestOutputHelper output) : IClassFixture<SeededStackFixture>
{
    private ApiStack Stack => fixture.Stack;

    private RolloutSeed Seed => fixture.Seed;

    [Fact]
    public async Task CreateSession_ThroughAlias_Answers201WithTheSessionOnTheAliasFleet()
    {
        using var http = Stack.FunctionClient();

        var response = await http.PostAsJsonAsync("/api/sessions", new { aliasId = Seed.AliasId, maximumPlayers = 4, name = "match through alias", gameProperties = new[] { new { key = "mode", value = "duel" } } });

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var session = JsonDocument.Parse(text).RootElement;
        var id = session.GetProperty("gameServerSessionId").GetString();
        Assert.False(string.IsNullOrEmpty(id));
        Assert.Equal(Seed.Fleet1, session.GetProperty("fleetId").GetString());
        Assert.Equal(Seed.AliasId, session.GetProperty("aliasId").GetString());
        Assert.Equal("match through alias", session.GetProperty("name").GetString());
        Assert.Contains(session.GetProperty("status").GetString(), new[] { "ACTIVATING", "ACTIVE" });
        Assert.False(string.IsNullOrEmpty(session.GetProperty("ipAddress").GetString()));
        Assert.InRange(session.GetProperty("port").GetInt32(), 1, 60000);
        Assert.Equal(4, session.GetProperty("maximumPlayers").GetInt32());
        Assert.Equal(0, session.GetProperty("currentPlayers").GetInt32());
        Assert.Equal("duel", session.GetProperty("gameProperties")[0].GetProperty("value").GetString());
        Assert.False(string.IsNullOrEmpty(session.GetProperty("creationTime").GetString()));

        var described = await Stack.Gse.DescribeGameServerSessionsAsync(new DescribeGameServerSessionsRequest { GameServerSessionId = id });
        Assert.Equal(Seed.Fleet1, Assert.Single(described.GameServerSessions!).FleetId);
    }

    [Fact]
    public async Task CreateSession_OnFleet_Answers201OnThatFleetWithoutAlias()
    {
        using var http = Stack.FunctionClient();

        var response = await http.PostAsJsonAsync("/api/sessions", new { fleetId = Seed.Fleet2, maximumPlayers = 8, creatorId = "player-on-fleet" });

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var session = JsonDocument.Parse(text).RootElement;
        Assert.Equal(Seed.Fleet2, session.GetProperty("fleetId").GetString());
        Assert.False(session.TryGetProperty("aliasId", out _), "a session created on a fleet names no alias");
        Assert.Equal("player-on-fleet", session.GetProperty("creatorId").GetString());
        Assert.Equal(8, session.GetProperty("maximumPlayers").GetInt32());
    }

    [Fact]
    public async Task CreateSession_NonAsciiCreatorIdAndProperty_Answers201WithThem()
    {
        using var http = Stack.FunctionClient();

        var response = await http.PostAsJsonAsync("/api/sessions", new { fleetId = Seed.Fleet2, maximumPlayers = 2, name = "ranked match", creatorId = "玩家-42", gameProperties = new[] { new { key = "map", value = "Zürich" } } });

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var session = JsonDocument.Parse(text).RootElement;
        Assert.Equal("玩家-42", session.GetProperty("creatorId").GetString());
        Assert.Equal("Zürich", session.GetProperty("gameProperties")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task CreateSession_HotPath_MakesExactlyOneGseCallAndTouchesNoStorage()
    {
        // The handler can reach nothing but GSE: its only service is the GSE client.
        var parameters = typeof(SessionHandlers).GetMethod(nameof(SessionHandlers.CreateAsync))!.GetParameters().Select(p => p.ParameterType).ToArray();
        Assert.Equal([typeof(Microsoft.AspNetCore.Http.HttpRequest), typeof(Gse.GseClient), typeof(CancellationToken)], parameters);

        using var http = Stack.FunctionClient();
        using var storage = new StorageRequestRecorder(fixture.Azurite);
        await Stack.Admin.ResetCallsAsync();
        const int creates = 3;
        for (var i = 0; i < creates; i++)
        {
            var response = await http.PostAsJsonAsync("/api/sessions", new { aliasId = Seed.AliasId, maximumPlayers = 2 });
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }

        var calls = await GseCalls.TotalsAsync(Stack.Admin);
        Assert.True(calls.Count == 1 && calls.GetValueOrDefault("CreateGameServerSession") == creates, $"GSE calls: {GseCalls.Describe(calls)}");
        output.WriteLine($"storage requests during the creates: {string.Join(Environment.NewLine, storage.All)}");
        Assert.Empty(storage.ProductRequests(Stack.Hub));

        // The recorder does see this stack's storage requests: the health check's table query is one.
        Assert.Equal(HttpStatusCode.OK, (await Stack.Anonymous().GetAsync("/api/health")).StatusCode);
        Assert.NotEmpty(storage.ProductRequests(Stack.Hub));
        output.WriteLine($"after the health check: {string.Join(Environment.NewLine, storage.ProductRequests(Stack.Hub))}");
    }

    [Fact]
    public async Task ListSessions_ByAliasAndByFleet_AnswersThePagesOfTheirFleets()
    {
        using var http = Stack.FunctionClient();
        var viaAlias = await CreateAsync(http, new { aliasId = Seed.AliasId, maximumPlayers = 2, name = "listed via alias" });
        var onFleet = await CreateAsync(http, new { fleetId = Seed.Fleet2, maximumPlayers = 2, name = "listed on fleet" });
        await CreateAsync(http, new { fleetId = Seed.Fleet2, maximumPlayers = 2, name = "listed on fleet, second" });

        var byAlias = await http.GetFromJsonAsync<JsonElement>($"/api/sessions?aliasId={Seed.AliasId}&limit=100");
        var aliasItems = byAlias.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(aliasItems, s => s.GetProperty("gameServerSessionId").GetString() == viaAlias);
        Assert.All(aliasItems, s => Assert.Equal(Seed.Fleet1, s.GetProperty("fleetId").GetString()));

        var byFleet = await http.GetFromJsonAsync<JsonElement>($"/api/sessions?fleetId={Seed.Fleet2}");
        var fleetItems = byFleet.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(fleetItems, s => s.GetProperty("gameServerSessionId").GetString() == onFleet);
        Assert.All(fleetItems, s => Assert.Equal(Seed.Fleet2, s.GetProperty("fleetId").GetString()));

        // Paging: one item a page, the token leads to the next one.
        var first = await http.GetFromJsonAsync<JsonElement>($"/api/sessions?fleetId={Seed.Fleet2}&limit=1");
        Assert.Single(first.GetProperty("items").EnumerateArray());
        var token = first.GetProperty("nextToken").GetString();
        Assert.False(string.IsNullOrEmpty(token));
        var second = await http.GetFromJsonAsync<JsonElement>($"/api/sessions?fleetId={Seed.Fleet2}&limit=1&nextToken={Uri.EscapeDataString(token!)}");
        Assert.NotEqual(
            first.GetProperty("items")[0].GetProperty("gameServerSessionId").GetString(),
            second.GetProperty("items")[0].GetProperty("gameServerSessionId").GetString());
    }

    [Fact]
    public async Task CreateSession_ThroughTerminalAlias_Answers409WithTheAliasMessage()
    {
        const string message = "Servers are down for maintenance until 10:00 UTC.";
        var terminal = (await Stack.Gse.CreateAliasAsync(new CreateAliasRequest { Name = "maintenance", RoutingStrategy = new RoutingStrategy { Type = "TERMINAL", Message = message } })).Alias!.AliasId!;
        using var http = Stack.FunctionClient();
        await Stack.Admin.ResetCallsAsync();

        var response = await http.PostAsJsonAsync("/api/sessions", new { aliasId = terminal, maximumPlayers = 4 });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(ApiProblemTypes.AliasTerminal, problem.GetProperty("type").GetString());
        Assert.Equal(message, problem.GetProperty("detail").GetString());
        Assert.Equal(message, problem.GetProperty("terminalMessage").GetString());
        Assert.Equal(terminal, problem.GetProperty("aliasId").GetString());
        var calls = await GseCalls.TotalsAsync(Stack.Admin);
        Assert.True(calls.Count == 2 && calls.GetValueOrDefault("CreateGameServerSession") == 1 && calls.GetValueOrDefault("DescribeAlias") == 1, $"GSE calls: {GseCalls.Describe(calls)}");

        // Listing through it says the same.
        var listed = await http.GetAsync($"/api/sessions?aliasId={terminal}");
        Assert.Equal(message, (await ProblemAssert.IsProblemAsync(listed, HttpStatusCode.Conflict)).GetProperty("terminalMessage").GetString());
    }

    [Theory]
    [InlineData("aliasId", "alias-00000000-0000-0000-0000-000000000000")]
    [InlineData("fleetId", "fleet-00000000-0000-0000-0000-000000000000")]
    public async Task CreateSession_UnknownAliasOrFleet_Answers404(string field, string id)
    {
        using var http = Stack.FunctionClient();
        var body = new Dictionary<string, object> { [field] = id, ["maximumPlayers"] = 2 };

        var response = await http.PostAsJsonAsync("/api/sessions", body);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(ApiProblemTypes.NotFound, problem.GetProperty("type").GetString());
        await ProblemAssert.IsProblemAsync(await http.GetAsync($"/api/sessions?{field}={id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreateSession_FleetFull_Answers503WithRetryAfter()
    {
        var fleet = (await Stack.Gse.CreateFleetAsync(GseSeed.Fleet(Seed.AssetId, "one process", processes: 1))).FleetAttributes!.FleetId!;
        await Eventually.HoldsAsync(async () => (await RolloutSeed.ObserveAsync(Stack.Gse, fleet)) is { IsActive: true, AvailableSessions: > 0 }, TimeSpan.FromSeconds(30), "the one-process fleet ACTIVE");
        var free = (await RolloutSeed.ObserveAsync(Stack.Gse, fleet)).AvailableSessions;
        using var http = Stack.FunctionClient();
        for (var i = 0; i < free; i++)
        {
            await CreateAsync(http, new { fleetId = fleet, maximumPlayers = 2 });
        }

        var response = await http.PostAsJsonAsync("/api/sessions", new { fleetId = fleet, maximumPlayers = 2 });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal(ApiProblemTypes.NoCapacity, problem.GetProperty("type").GetString());
        Assert.Equal(GseProblems.NoCapacityRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.RetryAfter?.ToString());
    }

    [Fact]
    public async Task CreateSession_GseThrottling_Answers429WithRetryAfter()
    {
        using var http = Stack.FunctionClient();
        await Stack.Admin.AddFaultAsync(new { action = "CreateGameServerSession", errorCode = "RequestLimitExceeded" });
        try
        {
            var response = await http.PostAsJsonAsync("/api/sessions", new { aliasId = Seed.AliasId, maximumPlayers = 2 });

            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.TooManyRequests);
            Assert.Equal(ApiProblemTypes.Throttled, problem.GetProperty("type").GetString());
            Assert.Equal(GseProblems.ThrottledRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.RetryAfter?.ToString());
        }
        finally
        {
            await Stack.Admin.ClearFaultsAsync();
        }
    }

    [Fact]
    public async Task CreateSession_OverThePerCreatorLimit_Answers429WithRetryAfter()
    {
        await Stack.Gse.UpdateFleetAttributesAsync(new UpdateFleetAttributesRequest
        {
            FleetId = Seed.Fleet2,
            ResourceCreationLimitPolicy = new ResourceCreationLimitPolicy { NewGameServerSessionsPerCreator = 1, PolicyPeriodInMinutes = 600 },
        });
        using var http = Stack.FunctionClient();
        var creator = "greedy-" + Guid.NewGuid().ToString("N")[..8];
        await CreateAsync(http, new { fleetId = Seed.Fleet2, maximumPlayers = 2, creatorId = creator });

        var response = await http.PostAsJsonAsync("/api/sessions", new { fleetId = Seed.Fleet2, maximumPlayers = 2, creatorId = creator });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.TooManyRequests);
        Assert.Equal("LimitExceeded", problem.GetProperty("gseCode").GetString());
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After");
    }

    private static async Task<string> CreateAsync(HttpClient http, object body)
    {
        var response = await http.PostAsJsonAsync("/api/sessions", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("gameServerSessionId").GetString()!;
    }
}
