using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GseFunctions.Gse.Models;

namespace GseFunctions.Api.Tests.Aliases;

public sealed class AliasRoutesTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task CreateGetUpdateDelete_TerminalThenRepointed_RoundTripsThroughGse()
    {
        await using var stack = await ApiStack.StartAsync(azurite.ConnectionString);
        using var http = stack.AdminClient();
        var seed = (await GseFunctions.Testing.RolloutSeed.CreateAsync(stack.Gse, sessions: 0)).Fleet2!;

        var created = await http.PostAsJsonAsync("/api/aliases", new { name = "zero-downtime-update-test", description = "Wartung — 维护", routingStrategy = new { type = "TERMINAL", message = "Back soon" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var alias = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = alias.GetProperty("aliasId").GetString()!;
        Assert.Equal($"/api/aliases/{id}", created.Headers.Location?.OriginalString);

        var repointed = await http.PatchAsJsonAsync($"/api/aliases/{id}", new { routingStrategy = new { type = "SIMPLE", fleetId = seed } });
        Assert.Equal(HttpStatusCode.OK, repointed.StatusCode);
        var resolved = await stack.Gse.ResolveAliasAsync(new ResolveAliasRequest { AliasId = id });
        Assert.Equal(seed, resolved.FleetId);

        var got = await http.GetFromJsonAsync<JsonElement>($"/api/aliases/{id}");
        Assert.Equal("SIMPLE", got.GetProperty("routingStrategy").GetProperty("type").GetString());
        Assert.Equal("Wartung — 维护", got.GetProperty("description").GetString()); // names and descriptions need not be ASCII

        var listed = await http.GetFromJsonAsync<JsonElement>("/api/aliases?name=zero-downtime-update-test");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), a => a.GetProperty("aliasId").GetString() == id);

        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync($"/api/aliases/{id}")).StatusCode);
        await ProblemAssert.IsProblemAsync(await http.GetAsync($"/api/aliases/{id}"), HttpStatusCode.NotFound);
    }
}
