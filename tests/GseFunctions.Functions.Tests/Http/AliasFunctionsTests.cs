using System.Text;
using System.Text.Json;
using GseFunctions.Api.Problems;
using GseFunctions.Functions.Http;
using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using GseFunctions.Rollouts.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;

namespace GseFunctions.Functions.Tests.Http;

/// <summary>The alias functions end to end through their handler, on a mocked GSE client: the GSE call and the answer.</summary>
public sealed class AliasFunctionsTests
{
    private static readonly Alias Alias1 = new()
    {
        AliasId = "alias-1",
        Name = "zero-downtime-update-test",
        RoutingStrategy = new RoutingStrategy { Type = "SIMPLE", FleetId = "fleet-1" },
        CreationTime = "2030-01-01T00:00:00Z",
        LastUpdatedTime = "2030-01-01T00:00:00Z",
    };

    private readonly Mock<GseClient> _gse = new(MockBehavior.Strict);

    // No lock unless a test takes one; the client's GetInstanceAsync reaches GetInstancesAsync.
    private readonly Mock<IAliasLockStore> _locks = new();
    private readonly Mock<DurableTaskClient> _durable = new("test") { CallBase = true };

    private AliasFunctions Functions => new(_gse.Object, new AliasLocking(_locks.Object, Options.Create(new RolloutStorageOptions()), TimeProvider.System));

    [Fact]
    public async Task CreateAsync_ValidBody_CreatesTheAliasAndAnswers201WithLocation()
    {
        _gse.Setup(g => g.CreateAliasAsync(It.IsAny<CreateAliasRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new CreateAliasResponse { Alias = Alias1 });
        var http = Request("POST", "/api/aliases", """{"name":"zero-downtime-update-test","routingStrategy":{"type":"SIMPLE","fleetId":"fleet-1"}}""");

        var result = await Functions.CreateAsync(http.Request, CancellationToken.None);

        var (status, location, body) = await ExecuteAsync(result, http);
        Assert.Equal(201, status);
        Assert.Equal("/api/aliases/alias-1", location);
        Assert.Equal("alias-1", body.GetProperty("aliasId").GetString());
        _gse.Verify(g => g.CreateAliasAsync(
            It.Is<CreateAliasRequest>(r => r.Name == "zero-downtime-update-test" && r.RoutingStrategy!.Type == "SIMPLE" && r.RoutingStrategy.FleetId == "fleet-1"),
            It.IsAny<CancellationToken>()), Times.Once());
    }

    [Fact]
    public async Task ListAsync_Query_ListsWithItsFilters()
    {
        _gse.Setup(g => g.ListAliasesAsync(It.IsAny<ListAliasesRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new ListAliasesResponse { Aliases = [Alias1], TotalCount = 1 });
        var http = Request("GET", "/api/aliases?name=zero&limit=10");

        var (status, _, body) = await ExecuteAsync(await Functions.ListAsync(http.Request, CancellationToken.None), http);

        Assert.Equal(200, status);
        Assert.Equal(1, body.GetProperty("totalCount").GetInt32());
        _gse.Verify(g => g.ListAliasesAsync(It.Is<ListAliasesRequest>(r => r.Name == "zero" && r.Limit == 10 && r.Offset == 0), It.IsAny<CancellationToken>()), Times.Once());
    }

    [Fact]
    public async Task GetAsync_RouteId_DescribesThatAlias()
    {
        _gse.Setup(g => g.DescribeAliasAsync(It.IsAny<DescribeAliasRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new DescribeAliasResponse { Alias = Alias1 });
        var http = Request("GET", "/api/aliases/alias-1");

        var (status, _, body) = await ExecuteAsync(await Functions.GetAsync(http.Request, "alias-1", CancellationToken.None), http);

        Assert.Equal(200, status);
        Assert.Equal("fleet-1", body.GetProperty("routingStrategy").GetProperty("fleetId").GetString());
        _gse.Verify(g => g.DescribeAliasAsync(It.Is<DescribeAliasRequest>(r => r.AliasId == "alias-1"), It.IsAny<CancellationToken>()), Times.Once());
    }

    [Fact]
    public async Task UpdateAsync_NewRouting_RepointsThatAlias()
    {
        var repointed = Alias1 with { RoutingStrategy = new RoutingStrategy { Type = "SIMPLE", FleetId = "fleet-2" } };
        _gse.Setup(g => g.UpdateAliasAsync(It.IsAny<UpdateAliasRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new UpdateAliasResponse { Alias = repointed });
        var http = Request("PATCH", "/api/aliases/alias-1", """{"routingStrategy":{"type":"SIMPLE","fleetId":"fleet-2"}}""");

        var (status, _, body) = await ExecuteAsync(await Functions.UpdateAsync(http.Request, "alias-1", _durable.Object, CancellationToken.None), http);

        Assert.Equal(200, status);
        Assert.Equal("fleet-2", body.GetProperty("routingStrategy").GetProperty("fleetId").GetString());
        _gse.Verify(g => g.UpdateAliasAsync(It.Is<UpdateAliasRequest>(r => r.AliasId == "alias-1" && r.RoutingStrategy!.FleetId == "fleet-2"), It.IsAny<CancellationToken>()), Times.Once());
    }

    [Fact]
    public async Task DeleteAsync_RouteId_DeletesThatAliasAndAnswers204()
    {
        _gse.Setup(g => g.DeleteAliasAsync(It.IsAny<DeleteAliasRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new DeleteAliasResponse());
        var http = Request("DELETE", "/api/aliases/alias-1");

        var (status, _, _) = await ExecuteAsync(await Functions.DeleteAsync(http.Request, "alias-1", _durable.Object, CancellationToken.None), http, expectBody: false);

        Assert.Equal(204, status);
        _gse.Verify(g => g.DeleteAliasAsync(It.Is<DeleteAliasRequest>(r => r.AliasId == "alias-1"), It.IsAny<CancellationToken>()), Times.Once());
    }

    [Fact]
    public async Task DeleteAsync_AliasHeldByRunningRollout_Refuses409WithoutCallingGse()
    {
        _locks.Setup(l => l.GetAsync("alias-1", It.IsAny<CancellationToken>())).ReturnsAsync(new AliasLock("alias-1", "rollout-1", DateTimeOffset.UnixEpoch));
        _durable.Setup(d => d.GetInstancesAsync("rollout-1", It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new OrchestrationMetadata("Rollout", "rollout-1") { RuntimeStatus = OrchestrationRuntimeStatus.Running });
        var http = Request("DELETE", "/api/aliases/alias-1");

        var problem = await Assert.ThrowsAsync<ApiProblemException>(() => Functions.DeleteAsync(http.Request, "alias-1", _durable.Object, CancellationToken.None));

        Assert.Equal(409, problem.Status);
        Assert.Equal("rollout-1", problem.Extensions!["activeRolloutId"]);
        _gse.VerifyNoOtherCalls();
    }

    private static DefaultHttpContext Request(string method, string pathAndQuery, string? json = null)
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        var parts = pathAndQuery.Split('?', 2);
        http.Request.Method = method;
        http.Request.Path = parts[0];
        http.Request.QueryString = parts.Length > 1 ? new QueryString("?" + parts[1]) : QueryString.Empty;
        if (json is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            http.Request.ContentType = "application/json";
            http.Request.ContentLength = bytes.Length;
            http.Request.Body = new MemoryStream(bytes);
        }

        http.Response.Body = new MemoryStream();
        return http;
    }

    private static async Task<(int Status, string? Location, JsonElement Body)> ExecuteAsync(IResult result, HttpContext http, bool expectBody = true)
    {
        await result.ExecuteAsync(http);
        http.Response.Body.Position = 0;
        var text = await new StreamReader(http.Response.Body).ReadToEndAsync();
        var body = expectBody ? JsonDocument.Parse(text).RootElement.Clone() : default;
        return (http.Response.StatusCode, http.Response.Headers.Location.ToString() is { Length: > 0 } l ? l : null, body);
    }
}
