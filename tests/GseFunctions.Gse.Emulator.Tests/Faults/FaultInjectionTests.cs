using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GseFunctions.Gse.Models;
using GseFunctions.Testing;

namespace GseFunctions.Gse.Emulator.Tests.Faults;

/// <summary>
/// Fault injection through the admin endpoint, seen from the typed client over HTTP: transient faults are
/// retried by the client and the call still succeeds; permanent ones surface; an injected error runs nothing;
/// bad rules are refused with problem details and change nothing.
/// </summary>
public sealed class FaultInjectionTests : IAsyncLifetime
{
    private LocalGseServer _server = null!;
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _server = await LocalGseServer.StartAsync();
        _admin = new HttpClient { BaseAddress = _server.Address };
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData("RequestLimitExceeded")]
    [InlineData("InternalError")]
    public async Task TransientErrorInjectedTwice_ClientRetriesAndSucceeds(string code)
    {
        await AddRuleAsync(new { action = "CreateAlias", errorCode = code, remaining = 2 });
        var client = _server.CreateClient();

        var alias = await client.CreateAliasAsync(TerminalAlias("retried"));

        Assert.StartsWith("alias-", alias.Alias!.AliasId, StringComparison.Ordinal);
        var calls = _server.Calls.Snapshot()["CreateAlias"];
        Assert.Equal(2, calls.Failed);
        Assert.Equal(1, calls.Succeeded);
        Assert.Equal(1, (await client.ListAliasesAsync(new ListAliasesRequest())).TotalCount);
    }

    [Fact]
    public async Task Http503Injected_ClientRetriesAndSucceeds()
    {
        await AddRuleAsync(new { action = "*", httpStatus = 503, remaining = 1 });
        var client = _server.CreateClient();

        var aliases = await client.ListAliasesAsync(new ListAliasesRequest());

        Assert.Equal(0, aliases.TotalCount);
        Assert.Equal(1, _server.Calls.Snapshot()["ListAliases"].Failed);
    }

    [Fact]
    public async Task InjectedError_WithoutRetries_SurfacesAndChangesNothing()
    {
        await AddRuleAsync(new { action = "CreateAlias", errorCode = "InternalError", errorMessage = "drill: storage is down", remaining = 1 });
        var client = _server.CreateClient(o => o.MaxRetryAttempts = 0);

        var ex = await Assert.ThrowsAsync<GseException>(() => client.CreateAliasAsync(TerminalAlias("lost")));

        Assert.Equal("InternalError", ex.Code);
        Assert.Equal("drill: storage is down", ex.ServiceMessage);
        Assert.False(string.IsNullOrEmpty(ex.RequestId));
        Assert.Equal(0, (await client.ListAliasesAsync(new ListAliasesRequest())).TotalCount);
    }

    [Fact]
    public async Task PermanentErrorInjected_IsNotRetried()
    {
        await AddRuleAsync(new { action = "DescribeAlias", errorCode = "ResourceNotFound" });
        var client = _server.CreateClient();

        var ex = await Assert.ThrowsAsync<GseException>(() => client.DescribeAliasAsync(new DescribeAliasRequest { AliasId = "alias-00000000" }));

        Assert.Equal("ResourceNotFound", ex.Code);
        Assert.Equal(1, _server.Calls.Snapshot()["DescribeAlias"].Failed);
    }

    [Fact]
    public async Task Throttle_CallsBeyondTheRateAnswerRequestLimitExceeded_AndOtherActionsAreUntouched()
    {
        await AddRuleAsync(new { action = "ListAliases", maxPerSecond = 2 });
        var client = _server.CreateClient(o => o.MaxRetryAttempts = 0);

        var outcomes = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            try
            {
                await client.ListAliasesAsync(new ListAliasesRequest());
                outcomes.Add("ok");
            }
            catch (GseException ex)
            {
                outcomes.Add(ex.Code);
            }
        }

        // Six calls in well under three seconds: at most two per second pass.
        Assert.InRange(outcomes.Count(o => o == "ok"), 2, 4);
        Assert.All(outcomes.Where(o => o != "ok"), o => Assert.Equal("RequestLimitExceeded", o));
        Assert.Contains("RequestLimitExceeded", outcomes);
        Assert.Empty((await client.ListFleetsAsync(new ListFleetsRequest())).FleetIds ?? []);
    }

    [Fact]
    public async Task Throttle_WithRetries_EveryCallEventuallySucceeds()
    {
        await AddRuleAsync(new { action = "ListAliases", maxPerSecond = 2 });
        var client = _server.CreateClient(o =>
        {
            o.MaxRetryAttempts = 8;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(100);
        });

        for (var i = 0; i < 5; i++)
        {
            await client.ListAliasesAsync(new ListAliasesRequest());
        }

        var calls = _server.Calls.Snapshot()["ListAliases"];
        Assert.Equal(5, calls.Succeeded);
        Assert.True(calls.Failed > 0, "the throttle must have refused some attempts");
    }

    [Fact]
    public async Task Latency_BeyondTheClientTimeout_IsAClientTimeout()
    {
        await AddRuleAsync(new { action = "ListFleets", latencyMs = 3000 });
        var client = _server.CreateClient(o =>
        {
            o.MaxRetryAttempts = 0;
            o.Timeout = TimeSpan.FromMilliseconds(200);
        });

        var ex = await Assert.ThrowsAsync<GseException>(() => client.ListFleetsAsync(new ListFleetsRequest()));

        Assert.Equal(GseErrorCodes.ClientTimeout, ex.Code);
    }

    [Fact]
    public async Task ProbabilityZero_NeverFires()
    {
        await AddRuleAsync(new { action = "*", errorCode = "InternalError", probability = 0.0 });
        var client = _server.CreateClient(o => o.MaxRetryAttempts = 0);

        for (var i = 0; i < 20; i++)
        {
            await client.ListAliasesAsync(new ListAliasesRequest());
        }

        Assert.Equal(0, _server.Calls.Snapshot()["ListAliases"].Failed);
    }

    [Theory]
    [InlineData("""{"action":"ListAliases"}""", "a rule needs errorCode, httpStatus, latencyMs or maxPerSecond")]
    [InlineData("""{"action":"ListAliases","errorCode":"InternalError","probability":1.5}""", "probability must be between 0 and 1")]
    [InlineData("""{"action":"ListAliases","httpStatus":200}""", "httpStatus must be between 400 and 599")]
    [InlineData("""{"action":"ListAliases","errorCode":"InternalError","httpStatus":503}""", "give errorCode or httpStatus, not both")]
    [InlineData("""{"action":"ListAliases","maxPerSecond":0}""", "maxPerSecond must be at least 1")]
    public async Task AddRule_Invalid_Is400ProblemDetailsAndChangesNothing(string body, string detail)
    {
        await AddRuleAsync(new { action = "DeleteFleet", errorCode = "InternalError" });

        using var response = await _admin.PostAsync(new Uri("_emulator/faults", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(detail, problem.RootElement.GetProperty("detail").GetString());
        var rule = Assert.Single(_server.Faults.Rules);
        Assert.Equal("DeleteFleet", rule.Action);
    }

    [Fact]
    public async Task ReplaceRules_OneInvalid_Is400AndKeepsTheOldRules()
    {
        await AddRuleAsync(new { action = "DeleteFleet", errorCode = "InternalError" });

        using var response = await _admin.PutAsJsonAsync(new Uri("_emulator/faults", UriKind.Relative), new object[]
        {
            new { action = "ListAliases", errorCode = "InternalError" },
            new { action = "ListFleets", latencyMs = -1 },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("rule 1: latencyMs", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("DeleteFleet", Assert.Single(_server.Faults.Rules).Action);
    }

    [Fact]
    public async Task ClearRules_StopsInjecting()
    {
        await AddRuleAsync(new { action = "*", errorCode = "InternalError" });
        using (var cleared = await _admin.DeleteAsync(new Uri("_emulator/faults", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        }

        var client = _server.CreateClient(o => o.MaxRetryAttempts = 0);
        Assert.Equal(0, (await client.ListAliasesAsync(new ListAliasesRequest())).TotalCount);
        using var list = await _admin.GetAsync(new Uri("_emulator/faults", UriKind.Relative));
        Assert.Equal("[]", await list.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RulesFromConfiguration_ApplyFromTheStart()
    {
        await using var server = await LocalGseServer.StartAsync(new Dictionary<string, string?>
        {
            ["LocalGse:Faults:0:Action"] = "ListFleets",
            ["LocalGse:Faults:0:ErrorCode"] = "ResourceUnavailable",
        });
        var client = server.CreateClient();

        var ex = await Assert.ThrowsAsync<GseException>(() => client.ListFleetsAsync(new ListFleetsRequest()));

        Assert.Equal("ResourceUnavailable", ex.Code);
        Assert.Equal(0, (await client.ListAliasesAsync(new ListAliasesRequest())).TotalCount);
    }

    private static CreateAliasRequest TerminalAlias(string name) =>
        new() { Name = name, RoutingStrategy = new RoutingStrategy { Type = "TERMINAL", Message = "closed" } };

    private async Task AddRuleAsync(object rule)
    {
        using var response = await _admin.PostAsJsonAsync(new Uri("_emulator/faults", UriKind.Relative), rule);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
