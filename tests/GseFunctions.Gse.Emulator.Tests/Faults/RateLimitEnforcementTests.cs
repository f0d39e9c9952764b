using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GseFunctions.Gse.Emulator.Faults;
using GseFunctions.Gse.Models;
using GseFunctions.Gse.RateLimiting;
using GseFunctions.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GseFunctions.Gse.Emulator.Tests.Faults;

/// <summary>
/// The local GSE's request limits: the count itself on a fake clock, then over HTTP — refused calls answer the
/// RequestLimitExceeded envelope and change nothing, and a client holding to the same limits is never refused.
/// </summary>
public sealed class RateLimitEnforcementTests
{
    [Fact]
    public void TryAdmit_CountsASlidingSecondPerActionAndRegion()
    {
        var time = new FakeTimeProvider();
        var enforcer = new RateLimitEnforcer(time);
        var limits = new GseRateLimitOptions { Default = 3 };
        enforcer.Replace(limits);

        Assert.All(Enumerable.Range(0, 3), _ => Assert.Null(enforcer.TryAdmit("UpdateAlias", "ap-shanghai")));
        Assert.Equal(3, enforcer.TryAdmit("UpdateAlias", "ap-shanghai"));
        Assert.Null(enforcer.TryAdmit("UpdateAlias", "ap-guangzhou"));
        Assert.Null(enforcer.TryAdmit("DescribeAlias", "ap-shanghai"));

        // Refused calls are not counted: a second after the first three, three more get through.
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(3, enforcer.TryAdmit("UpdateAlias", "ap-shanghai"));
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.All(Enumerable.Range(0, 3), _ => Assert.Null(enforcer.TryAdmit("UpdateAlias", "ap-shanghai")));
        Assert.Equal(3, enforcer.TryAdmit("UpdateAlias", "ap-shanghai"));

        // The documented per-action figures apply, and off means off.
        Assert.All(Enumerable.Range(0, 1000), _ => Assert.Null(enforcer.TryAdmit("CreateGameServerSession", "ap-shanghai")));
        Assert.Equal(1000, enforcer.TryAdmit("CreateGameServerSession", "ap-shanghai"));
        enforcer.Replace(RateLimitEnforcer.Off());
        Assert.All(Enumerable.Range(0, 100), _ => Assert.Null(enforcer.TryAdmit("UpdateAlias", "ap-shanghai")));
    }

    [Fact]
    public async Task OverTheLimit_AnswersTheEnvelopeAndRunsNothing()
    {
        await using var server = await LocalGseServer.StartAsync(new Dictionary<string, string?>
        {
            ["LocalGse:RateLimits:Enabled"] = "true",
            ["LocalGse:RateLimits:CreateAlias"] = "3",
        });
        var client = server.CreateClient(o => o.MaxRetryAttempts = 0);
        await client.ListAliasesAsync(new ListAliasesRequest());

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
        {
            try
            {
                await client.CreateAliasAsync(TerminalAlias($"a{i}"));
                return null;
            }
            catch (GseException e)
            {
                return e;
            }
        }));

        var refused = results.OfType<GseException>().ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, e =>
        {
            Assert.Equal(GseErrorCodes.RequestLimitExceeded, e.Code);
            Assert.Contains("CreateAlias in ap-shanghai exceed the limit of 3 per second", e.ServiceMessage, StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(e.RequestId));
        });
        var created = results.Count(r => r is null);
        Assert.InRange(created, 3, 12 - 1);
        Assert.Equal(created, (await client.ListAliasesAsync(new ListAliasesRequest())).TotalCount);
        var calls = server.Calls.Snapshot()["CreateAlias"];
        Assert.Equal(refused.Count, calls.Failed);

        // Another region has its own budget.
        var guangzhou = server.CreateClient(o =>
        {
            o.MaxRetryAttempts = 0;
            o.Region = "ap-guangzhou";
        });
        await guangzhou.CreateAliasAsync(TerminalAlias("elsewhere"));
    }

    [Fact]
    public async Task ClientHoldingToTheSameLimits_IsNeverRefused()
    {
        const int limit = 10;
        await using var server = await LocalGseServer.StartAsync(new Dictionary<string, string?>
        {
            ["LocalGse:RateLimits:Enabled"] = "true",
            ["LocalGse:RateLimits:DescribeFleetAttributes"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var budget = new GseRateLimitOptions();
        budget.Actions["DescribeFleetAttributes"] = limit;
        using var limiter = new GseRateLimiter(Options.Create(budget), TimeProvider.System);
        var options = new GseClientOptions
        {
            Endpoint = server.Address,
            SecretId = LocalGseServer.SecretId,
            SecretKey = LocalGseServer.SecretKey,

            // No retries: a single refusal would surface.
            MaxRetryAttempts = 0,
        };
        using var http = new HttpClient();
        var client = new GseClient(http, Options.Create(options), TimeProvider.System, NullLogger<GseClient>.Instance, rateLimiter: limiter);

        await Task.WhenAll(Enumerable.Range(0, 3 * limit).Select(_ => client.DescribeFleetAttributesAsync(new DescribeFleetAttributesRequest())));

        var calls = server.Calls.Snapshot()["DescribeFleetAttributes"];
        Assert.Equal(3 * limit, calls.Succeeded);
        Assert.Equal(0, calls.Failed);
    }

    [Fact]
    public async Task AdminEndpoint_SetsReadsAndClearsTheLimits_RefusingBadOnes()
    {
        await using var server = await LocalGseServer.StartAsync();
        using var admin = new HttpClient { BaseAddress = server.Address };
        var client = server.CreateClient(o => o.MaxRetryAttempts = 0);

        var off = await admin.GetFromJsonAsync<JsonElement>("/_emulator/rate-limits");
        Assert.False(off.GetProperty("enabled").GetBoolean());

        var bad = await admin.PutAsJsonAsync("/_emulator/rate-limits", new { @default = -1, actions = new Dictionary<string, int> { ["NoSuchAction"] = 1 } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadAsStringAsync();
        Assert.Contains("NoSuchAction", problem, StringComparison.Ordinal);
        Assert.Contains("-1 is out of range", problem, StringComparison.Ordinal);
        Assert.False((await admin.GetFromJsonAsync<JsonElement>("/_emulator/rate-limits")).GetProperty("enabled").GetBoolean());

        var set = await admin.PutAsJsonAsync("/_emulator/rate-limits", new { actions = new Dictionary<string, int> { ["ListAliases"] = 1 } });
        set.EnsureSuccessStatusCode();
        var view = await set.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(view.GetProperty("enabled").GetBoolean());
        Assert.Equal(20, view.GetProperty("default").GetInt32());
        Assert.Equal(1, view.GetProperty("actions").GetProperty("ListAliases").GetInt32());
        Assert.Equal(1000, view.GetProperty("actions").GetProperty("CreateGameServerSession").GetInt32());
        await client.ListAliasesAsync(new ListAliasesRequest());
        var refused = await Assert.ThrowsAsync<GseException>(() => client.ListAliasesAsync(new ListAliasesRequest()));
        Assert.Equal(GseErrorCodes.RequestLimitExceeded, refused.Code);

        (await admin.DeleteAsync("/_emulator/rate-limits")).EnsureSuccessStatusCode();
        await client.ListAliasesAsync(new ListAliasesRequest());
    }

    [Fact]
    public async Task Start_WithBadLimits_FailsNamingTheKey()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => LocalGseServer.StartAsync(new Dictionary<string, string?>
        {
            ["LocalGse:RateLimits:Enabled"] = "true",
            ["LocalGse:RateLimits:Frobnicate"] = "3",
        }));

        Assert.Contains("LocalGse:RateLimits:Frobnicate", error.Message, StringComparison.Ordinal);
    }

    private static CreateAliasRequest TerminalAlias(string name) =>
        new() { Name = name, RoutingStrategy = new RoutingStrategy { Type = "TERMINAL", Message = "closed" } };
}
