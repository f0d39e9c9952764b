using System.Net;
using System.Net.Http.Json;
using GseFunctions.Gse.Models;
using GseFunctions.Testing;

namespace GseFunctions.Gse.Emulator.Tests.Wire;

/// <summary>
/// <c>GET /_emulator/calls/resources</c>: the state-changing calls the simulation applied, per action and the alias or
/// fleet they named; calls an injected fault refused and read-only calls are not counted; <c>DELETE /_emulator/calls</c>
/// clears it.
/// </summary>
public sealed class ResourceCallLogTests : IAsyncLifetime
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

    [Fact]
    public async Task AppliedMutations_AreCountedPerAliasRefusedAndReadOnlyCallsAreNot()
    {
        var client = _server.CreateClient();
        var first = (await client.CreateAliasAsync(Terminal("first"))).Alias!.AliasId!;
        var second = (await client.CreateAliasAsync(Terminal("second"))).Alias!.AliasId!;
        using (var rule = await _admin.PostAsJsonAsync(new Uri("_emulator/faults", UriKind.Relative), new { action = "UpdateAlias", errorCode = "RequestLimitExceeded", remaining = 1 }))
        {
            Assert.Equal(HttpStatusCode.Created, rule.StatusCode);
        }

        // The first UpdateAlias is refused by the fault and retried by the client: one applied.
        await client.UpdateAliasAsync(new UpdateAliasRequest { AliasId = first, Description = "one" });
        await client.UpdateAliasAsync(new UpdateAliasRequest { AliasId = second, Description = "two" });
        await client.UpdateAliasAsync(new UpdateAliasRequest { AliasId = second, Description = "three" });
        await client.DescribeAliasAsync(new DescribeAliasRequest { AliasId = first });

        var counts = await CountsAsync();

        var updates = _server.Calls.Snapshot()["UpdateAlias"];
        Assert.Equal((1, 3), (updates.Failed, updates.Succeeded));
        Assert.Equal(1, counts.Single(c => c.Action == "UpdateAlias" && c.ResourceId == first).Applied);
        Assert.Equal(2, counts.Single(c => c.Action == "UpdateAlias" && c.ResourceId == second).Applied);
        Assert.DoesNotContain(counts, c => c.Action.StartsWith("Describe", StringComparison.Ordinal));
        Assert.DoesNotContain(counts, c => c.Action == "CreateAlias");
    }

    [Fact]
    public async Task DeleteCalls_ClearsTheCounts()
    {
        var client = _server.CreateClient();
        var alias = (await client.CreateAliasAsync(Terminal("cleared"))).Alias!.AliasId!;
        await client.UpdateAliasAsync(new UpdateAliasRequest { AliasId = alias, Description = "x" });
        Assert.NotEmpty(await CountsAsync());

        using (var cleared = await _admin.DeleteAsync(new Uri("_emulator/calls", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        }

        Assert.Empty(await CountsAsync());
    }

    private static CreateAliasRequest Terminal(string name) =>
        new() { Name = name, RoutingStrategy = new RoutingStrategy { Type = "TERMINAL", Message = "closed" } };

    private async Task<List<AppliedCount>> CountsAsync() =>
        await _admin.GetFromJsonAsync<List<AppliedCount>>(new Uri("_emulator/calls/resources", UriKind.Relative)) ?? [];

    private sealed record AppliedCount(string Action, string ResourceId, long Applied);
}
