using System.Net;
using System.Text.Json;

namespace GseFunctions.Api.Tests.Sessions;

/// <summary>The session routes' bad-input table: each request refused with the right status and field, and GSE never called.</summary>
public sealed class SessionBadInputTests(StackFixture fixture) : IClassFixture<StackFixture>
{
    private const string Alias = "alias-1234";
    private const string Fleet = "fleet-1234";

    public static TheoryData<BadRequest> Requests { get; } = new(
        BadRequest.Json("malformed JSON", "POST", "/api/sessions", "{\"aliasId\": ", "$"),
        BadRequest.Json("not an object", "POST", "/api/sessions", "[1, 2]", "$"),
        BadRequest.Json("null body", "POST", "/api/sessions", "null", "$"),
        BadRequest.Json("empty body", "POST", "/api/sessions", "", "$"),
        BadRequest.Json("unknown field", "POST", "/api/sessions", Body(new { aliasId = Alias, maximumPlayers = 4, maxPlayers = 4 }), "maxPlayers"),
        BadRequest.Json("both aliasId and fleetId", "POST", "/api/sessions", Body(new { aliasId = Alias, fleetId = Fleet, maximumPlayers = 4 }), "aliasId"),
        BadRequest.Json("neither aliasId nor fleetId", "POST", "/api/sessions", Body(new { maximumPlayers = 4 }), "aliasId"),
        BadRequest.Json("aliasId not an id", "POST", "/api/sessions", Body(new { aliasId = "alias 1/2", maximumPlayers = 4 }), "aliasId"),
        BadRequest.Json("maximumPlayers missing", "POST", "/api/sessions", Body(new { aliasId = Alias }), "maximumPlayers"),
        BadRequest.Json("maximumPlayers 0", "POST", "/api/sessions", Body(new { aliasId = Alias, maximumPlayers = 0 }), "maximumPlayers"),
        BadRequest.Json("maximumPlayers 1001", "POST", "/api/sessions", Body(new { aliasId = Alias, maximumPlayers = 1001 }), "maximumPlayers"),
        BadRequest.Json("maximumPlayers a string", "POST", "/api/sessions", Body(new { aliasId = Alias, maximumPlayers = "four" }), "maximumPlayers"),
        BadRequest.Json("maximumPlayers a fraction", "POST", "/api/sessions", "{\"aliasId\":\"alias-1234\",\"maximumPlayers\":2.5}", "maximumPlayers"),
        BadRequest.Json("17 gameProperties", "POST", "/api/sessions", Body(new { aliasId = Alias, maximumPlayers = 4, gameProperties = Enumerable.Range(0, 17).Select(i => new { key = $"k{i}", value = "v" }) }), "gameProperties"),
        BadRequest.Json("gameProperty without key", "POST", "/api/sessions", Body(new { aliasId = Alias, maximumPlayers = 4, gameProperties = new[] { new { value = "v" } } }), "gameProperties[0]"),
        BadRequest.Json("gameServerSessionData 4097", "POST", "/api/sessions", Body(new { aliasId = Alias, maximumPlayers = 4, gameServerSessionData = new string('d', 4097) }), "gameServerSessionData"),
        BadRequest.Json("idempotencyToken 49", "POST", "/api/sessions", Body(new { aliasId = Alias, maximumPlayers = 4, idempotencyToken = new string('t', 49) }), "idempotencyToken"),
        BadRequest.Json("name 1025", "POST", "/api/sessions", Body(new { aliasId = Alias, maximumPlayers = 4, name = new string('n', 1025) }), "name"),
        new("oversize body", "POST", "/api/sessions", Body(new { aliasId = Alias, maximumPlayers = 4, name = new string('n', 70_000) }), "application/json", HttpStatusCode.RequestEntityTooLarge, null),
        new("wrong content type", "POST", "/api/sessions", Body(new { aliasId = Alias, maximumPlayers = 4 }), "text/plain", HttpStatusCode.UnsupportedMediaType, null),
        new("form content type", "POST", "/api/sessions", "aliasId=alias-1234&maximumPlayers=4", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType, null),
        BadRequest.Query("list with neither id", "/api/sessions", "aliasId"),
        BadRequest.Query("list with both ids", $"/api/sessions?aliasId={Alias}&fleetId={Fleet}", "aliasId"),
        BadRequest.Query("list with aliasId twice", $"/api/sessions?aliasId={Alias}&aliasId=alias-5678", "aliasId"),
        BadRequest.Query("list with an empty fleetId", "/api/sessions?fleetId=", "fleetId"),
        BadRequest.Query("list with limit 0", $"/api/sessions?aliasId={Alias}&limit=0", "limit"),
        BadRequest.Query("list with limit 101", $"/api/sessions?aliasId={Alias}&limit=101", "limit"),
        BadRequest.Query("list with limit abc", $"/api/sessions?aliasId={Alias}&limit=abc", "limit"),
        BadRequest.Query("list with an unknown statusFilter", $"/api/sessions?fleetId={Fleet}&statusFilter=RUNNING", "statusFilter"),
        BadRequest.Query("list with a lower-case statusFilter", $"/api/sessions?fleetId={Fleet}&statusFilter=active", "statusFilter"),
        BadRequest.Query("list with a 1025-character nextToken", $"/api/sessions?fleetId={Fleet}&nextToken={new string('x', 1025)}", "nextToken"),
        BadRequest.Json("name with NUL", "POST", "/api/sessions", Create(name: "a\0b"), "name"),
        BadRequest.Json("name of 10,000", "POST", "/api/sessions", Create(name: new string('n', 10_000)), "name"),
        BadRequest.Json("name padded", "POST", "/api/sessions", Create(name: " x y "), "name"),
        BadRequest.Json("name with a control character", "POST", "/api/sessions", Create(name: "a\tb"), "name"),
        BadRequest.Json("name with an unpaired surrogate", "POST", "/api/sessions", Raw("\"name\":\"\\ud800\""), "name"),
        BadRequest.Json("name not ASCII", "POST", "/api/sessions", Create(name: "caf\u00e9"), "name"),
        BadRequest.Json("creatorId with NUL", "POST", "/api/sessions", Create(creatorId: "\0"), "creatorId"),
        BadRequest.Json("creatorId of 10,000", "POST", "/api/sessions", Create(creatorId: new string('c', 10_000)), "creatorId"),
        BadRequest.Json("creatorId padded", "POST", "/api/sessions", Create(creatorId: " x y "), "creatorId"),
        BadRequest.Json("creatorId with a control character", "POST", "/api/sessions", Create(creatorId: "player\u007f"), "creatorId"),
        BadRequest.Json("creatorId with an unpaired surrogate", "POST", "/api/sessions", Raw("\"creatorId\":\"p\\udfff\""), "creatorId"),
        BadRequest.Json("gameProperty key with NUL", "POST", "/api/sessions", Create(properties: new[] { new { key = "k\0", value = "v" } }), "gameProperties[0]"),
        BadRequest.Json("gameProperty key padded", "POST", "/api/sessions", Create(properties: new[] { new { key = " x y ", value = "v" } }), "gameProperties[0]"),
        BadRequest.Json("gameProperty value with a control character", "POST", "/api/sessions", Create(properties: new[] { new { key = "k", value = "a\u001fb" } }), "gameProperties[0]"),
        BadRequest.Json("gameProperty value with an unpaired surrogate", "POST", "/api/sessions", Raw("\"gameProperties\":[{\"key\":\"k\",\"value\":\"\\ud800\"}]"), "gameProperties[0].value"),
        BadRequest.Json("gameProperty value of 10,000", "POST", "/api/sessions", Create(properties: new[] { new { key = "k", value = new string('v', 10_000) } }), "gameProperties[0]"),
        BadRequest.Json("aliasId with NUL", "POST", "/api/sessions", Body(new { aliasId = "alias-1\0", maximumPlayers = 4 }), "aliasId"),
        BadRequest.Json("aliasId padded", "POST", "/api/sessions", Body(new { aliasId = " x y ", maximumPlayers = 4 }), "aliasId"),
        BadRequest.Json("fleetId of 10,000", "POST", "/api/sessions", Body(new { fleetId = new string('f', 10_000), maximumPlayers = 4 }), "fleetId"),
        BadRequest.Query("list with a NUL aliasId", "/api/sessions?aliasId=alias-1%00", "aliasId"),
        BadRequest.Query("list with a padded aliasId", "/api/sessions?aliasId=%20x%20y%20", "aliasId"),
        BadRequest.Query("list with a fleetId with a slash", "/api/sessions?fleetId=fleet%2F1", "fleetId"));

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task SessionRoute_BadInput_RefusedWithoutCallingGse(BadRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var stack = fixture.Stack;
        using var http = stack.FunctionClient();
        await stack.Admin.ResetCallsAsync();

        await request.AssertRefusedAsync(http);

        var calls = await GseCalls.TotalsAsync(stack.Admin);
        Assert.True(calls.Count == 0, $"{request.Name}: GSE calls {GseCalls.Describe(calls)}");
    }

    [Fact]
    public async Task CreateSession_ChunkedBodyOverTheLimit_Answers413WithoutCallingGse()
    {
        var stack = fixture.Stack;
        using var http = stack.FunctionClient();
        await stack.Admin.ResetCallsAsync();
        var body = Body(new { aliasId = Alias, maximumPlayers = 4, name = new string('n', 70_000) });
        using var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var message = new HttpRequestMessage(HttpMethod.Post, "/api/sessions") { Content = content };
        message.Headers.TransferEncodingChunked = true;

        using var response = await http.SendAsync(message);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Empty(await GseCalls.TotalsAsync(stack.Admin));
    }

    private static string Body(object value) => JsonSerializer.Serialize(value, JsonSerializerOptions.Web);

    /// <summary>A create body: a good session through the alias but for what is given.</summary>
    private static string Create(string? name = null, string? creatorId = null, object? properties = null) =>
        Body(new { aliasId = Alias, maximumPlayers = 4, name, creatorId, gameProperties = properties });

    /// <summary>A create body written by hand, for text a serializer would not write (an unpaired surrogate escape).</summary>
    private static string Raw(string field) => "{\"aliasId\":\"" + Alias + "\",\"maximumPlayers\":4," + field + "}";
}
