using System.Net;
using System.Text.Json;
using GseFunctions.Api.Tests.Sessions;

namespace GseFunctions.Api.Tests.Aliases;

/// <summary>The alias routes' bad-input table: each request refused with the right status and field, and no GSE call made.</summary>
public sealed class AliasBadInputTests(StackFixture fixture) : IClassFixture<StackFixture>
{
    private const string Fleet = "fleet-1234";

    public static TheoryData<BadRequest> Requests { get; } = new(
        BadRequest.Json("malformed JSON", "POST", "/api/aliases", "{\"name\": \"a\",", "$"),
        BadRequest.Json("trailing comma", "POST", "/api/aliases", "{\"name\": \"a\",}", "$"),
        BadRequest.Json("comment", "POST", "/api/aliases", "{/* hi */ \"name\": \"a\"}", "$"),
        BadRequest.Json("unknown field", "POST", "/api/aliases", Body(new { name = "a", routingStrategy = new { type = "SIMPLE", fleetId = Fleet }, fleet = Fleet }), "fleet"),
        BadRequest.Json("unknown nested field", "POST", "/api/aliases", Body(new { name = "a", routingStrategy = new { type = "SIMPLE", fleetId = Fleet, weight = 1 } }), "routingStrategy.weight"),
        BadRequest.Json("name missing", "POST", "/api/aliases", Body(new { routingStrategy = new { type = "SIMPLE", fleetId = Fleet } }), "name"),
        BadRequest.Json("name 1025", "POST", "/api/aliases", Body(new { name = new string('n', 1025), routingStrategy = new { type = "SIMPLE", fleetId = Fleet } }), "name"),
        BadRequest.Json("name a number", "POST", "/api/aliases", "{\"name\": 7, \"routingStrategy\": {\"type\": \"SIMPLE\", \"fleetId\": \"fleet-1234\"}}", "name"),
        BadRequest.Json("routingStrategy missing", "POST", "/api/aliases", Body(new { name = "a" }), "routingStrategy"),
        BadRequest.Json("SIMPLE without fleetId", "POST", "/api/aliases", Body(new { name = "a", routingStrategy = new { type = "SIMPLE" } }), "routingStrategy.fleetId"),
        BadRequest.Json("TERMINAL without message", "POST", "/api/aliases", Body(new { name = "a", routingStrategy = new { type = "TERMINAL" } }), "routingStrategy.message"),
        BadRequest.Json("unknown routing type", "POST", "/api/aliases", Body(new { name = "a", routingStrategy = new { type = "WEIGHTED", fleetId = Fleet } }), "routingStrategy.type"),
        BadRequest.Json("51 tags", "POST", "/api/aliases", Body(new { name = "a", routingStrategy = new { type = "SIMPLE", fleetId = Fleet }, tags = Enumerable.Range(0, 51).Select(i => new { key = $"k{i}", value = "v" }) }), "tags"),
        new("oversize body", "POST", "/api/aliases", Body(new { name = "a", description = new string('d', 70_000), routingStrategy = new { type = "SIMPLE", fleetId = Fleet } }), "application/json", HttpStatusCode.RequestEntityTooLarge, null),
        new("wrong content type", "POST", "/api/aliases", Body(new { name = "a", routingStrategy = new { type = "SIMPLE", fleetId = Fleet } }), "text/plain", HttpStatusCode.UnsupportedMediaType, null),
        BadRequest.Json("update with nothing", "PATCH", "/api/aliases/alias-1234", "{}", "$"),
        BadRequest.Json("update with a bad routing", "PATCH", "/api/aliases/alias-1234", Body(new { routingStrategy = new { type = "SIMPLE" } }), "routingStrategy.fleetId"),
        BadRequest.Json("update of a bad route id", "PATCH", "/api/aliases/alias%201234", Body(new { name = "b" }), "aliasId"),
        new("update with wrong content type", "PATCH", "/api/aliases/alias-1234", Body(new { name = "b" }), "text/plain", HttpStatusCode.UnsupportedMediaType, null),
        new("delete of a bad route id", "DELETE", "/api/aliases/alias%21", null, null, HttpStatusCode.BadRequest, "aliasId"),
        new("get of a bad route id", "GET", "/api/aliases/alias%21", null, null, HttpStatusCode.BadRequest, "aliasId"),
        BadRequest.Query("list with limit 0", "/api/aliases?limit=0", "limit"),
        BadRequest.Query("list with limit 201", "/api/aliases?limit=201", "limit"),
        BadRequest.Query("list with offset -1", "/api/aliases?offset=-1", "offset"),
        BadRequest.Query("list with an unknown routingStrategyType", "/api/aliases?routingStrategyType=WEIGHTED", "routingStrategyType"),
        BadRequest.Query("list with name twice", "/api/aliases?name=a&name=b", "name"));

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task AliasRoute_BadInput_RefusedWithoutCallingGse(BadRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var stack = fixture.Stack;
        using var http = stack.AdminClient();
        await stack.Admin.ResetCallsAsync();

        await request.AssertRefusedAsync(http);

        var calls = await GseCalls.TotalsAsync(stack.Admin);
        Assert.True(calls.Count == 0, $"{request.Name}: GSE calls {GseCalls.Describe(calls)}");
    }

    private static string Body(object value) => JsonSerializer.Serialize(value, JsonSerializerOptions.Web);
}
