using System.Net;
using System.Text.Json;
using GseFunctions.Api.Tests.Sessions;

namespace GseFunctions.Api.Tests.Aliases;

/// <summary>The alias routes' bad-input table: each request refused with the right status and field, and no GSE call made.</summary>
public sealed class AliasBadInputTests(StackFixture fixture) : IClassFixture<StackFixture>
{
    private const string Fleet = "fleet-1234";
    private const string Simple = "\"routingStrategy\":{\"type\":\"SIMPLE\",\"fleetId\":\"" + Fleet + "\"}";

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
        BadRequest.Query("list with name twice", "/api/aliases?name=a&name=b", "name"),
        BadRequest.Json("name with NUL", "POST", "/api/aliases", Create(name: "a\0b"), "name"),
        BadRequest.Json("name of 10,000", "POST", "/api/aliases", Create(name: new string('n', 10_000)), "name"),
        BadRequest.Json("name padded", "POST", "/api/aliases", Create(name: " x y "), "name"),
        BadRequest.Json("name with a control character", "POST", "/api/aliases", Create(name: "a\u0007b\nc"), "name"),
        BadRequest.Json("name with an unpaired surrogate", "POST", "/api/aliases", Raw("\"name\":\"a\\ud800b\"", Simple), "name"),
        BadRequest.Json("description with NUL", "POST", "/api/aliases", Create(description: "\0"), "description"),
        BadRequest.Json("description of 10,000", "POST", "/api/aliases", Create(description: new string('d', 10_000)), "description"),
        BadRequest.Json("description padded", "POST", "/api/aliases", Create(description: " x y "), "description"),
        BadRequest.Json("description with a control character", "POST", "/api/aliases", Create(description: "line\u001bone"), "description"),
        BadRequest.Json("description with an unpaired surrogate", "POST", "/api/aliases", Raw("\"name\":\"a\",\"description\":\"\\udc00\"", Simple), "description"),
        BadRequest.Json("TERMINAL message with NUL", "POST", "/api/aliases", Create(routing: new { type = "TERMINAL", message = "back\0soon" }), "routingStrategy.message"),
        BadRequest.Json("TERMINAL message of 10,000", "POST", "/api/aliases", Create(routing: new { type = "TERMINAL", message = new string('m', 10_000) }), "routingStrategy.message"),
        BadRequest.Json("TERMINAL message padded", "POST", "/api/aliases", Create(routing: new { type = "TERMINAL", message = " x y " }), "routingStrategy.message"),
        BadRequest.Json("TERMINAL message with a control character", "POST", "/api/aliases", Create(routing: new { type = "TERMINAL", message = "back\rsoon" }), "routingStrategy.message"),
        BadRequest.Json("TERMINAL message with an unpaired surrogate", "POST", "/api/aliases", Raw("\"name\":\"a\"", "\"routingStrategy\":{\"type\":\"TERMINAL\",\"message\":\"\\ud800\"}"), "routingStrategy.message"),
        BadRequest.Json("fleetId with NUL", "POST", "/api/aliases", Create(routing: new { type = "SIMPLE", fleetId = "fleet-1\0" }), "routingStrategy.fleetId"),
        BadRequest.Json("fleetId padded", "POST", "/api/aliases", Create(routing: new { type = "SIMPLE", fleetId = " x y " }), "routingStrategy.fleetId"),
        BadRequest.Json("tag key with NUL", "POST", "/api/aliases", Create(tags: new[] { new { key = "k\0", value = "v" } }), "tags[0]"),
        BadRequest.Json("tag key padded", "POST", "/api/aliases", Create(tags: new[] { new { key = " x y ", value = "v" } }), "tags[0]"),
        BadRequest.Json("tag value with a control character", "POST", "/api/aliases", Create(tags: new[] { new { key = "k", value = "v\u0001" } }), "tags[0]"),
        BadRequest.Json("tag value of 10,000", "POST", "/api/aliases", Create(tags: new[] { new { key = "k", value = new string('v', 10_000) } }), "tags[0]"),
        BadRequest.Json("update name with NUL", "PATCH", "/api/aliases/alias-1234", Body(new { name = "\0" }), "name"),
        BadRequest.Json("update name padded", "PATCH", "/api/aliases/alias-1234", Body(new { name = " x y " }), "name"),
        BadRequest.Json("update name with an unpaired surrogate", "PATCH", "/api/aliases/alias-1234", "{\"name\":\"\\ud800\"}", "name"),
        BadRequest.Json("update description of 10,000", "PATCH", "/api/aliases/alias-1234", Body(new { description = new string('d', 10_000) }), "description"),
        BadRequest.Json("update description with a control character", "PATCH", "/api/aliases/alias-1234", Body(new { description = "\u0085" }), "description"),
        BadRequest.Json("update TERMINAL message padded", "PATCH", "/api/aliases/alias-1234", Body(new { routingStrategy = new { type = "TERMINAL", message = " x y " } }), "routingStrategy.message"),
        BadRequest.Query("list with a NUL name", "/api/aliases?name=a%00b", "name"),
        BadRequest.Query("list with a padded name", "/api/aliases?name=%20x%20y%20", "name"),
        BadRequest.Query("list with a control character in name", "/api/aliases?name=a%07b", "name"));

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

    /// <summary>A create body: a good alias but for what is given.</summary>
    private static string Create(string name = "a", string? description = null, object? routing = null, object? tags = null) =>
        Body(new { name, description, routingStrategy = routing ?? new { type = "SIMPLE", fleetId = Fleet }, tags });

    /// <summary>A create body written by hand, for text a serializer would not write (an unpaired surrogate escape).</summary>
    private static string Raw(string first, string second) => "{" + first + "," + second + "}";
}
