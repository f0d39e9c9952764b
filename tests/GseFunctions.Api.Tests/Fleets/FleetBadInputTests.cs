using System.Net;
using GseFunctions.Api.Tests.Sessions;

namespace GseFunctions.Api.Tests.Fleets;

/// <summary>The fleet routes' bad-input table: each request refused with the right status and field, and no GSE call made.</summary>
public sealed class FleetBadInputTests(StackFixture fixture) : IClassFixture<StackFixture>
{
    public static TheoryData<BadRequest> Requests { get; } = new(
        new("get of an id with a space", "GET", "/api/fleets/fleet%201234", null, null, HttpStatusCode.BadRequest, "fleetId"),
        new("get of an id with '!'", "GET", "/api/fleets/fleet%21", null, null, HttpStatusCode.BadRequest, "fleetId"),
        new("get of an id of 129", "GET", "/api/fleets/" + new string('f', 129), null, null, HttpStatusCode.BadRequest, "fleetId"),
        new("get of a non-ASCII id", "GET", "/api/fleets/fleet-%C3%A9", null, null, HttpStatusCode.BadRequest, "fleetId"),
        BadRequest.Query("list with limit 0", "/api/fleets?limit=0", "limit"),
        BadRequest.Query("list with limit 201", "/api/fleets?limit=201", "limit"),
        BadRequest.Query("list with limit not a number", "/api/fleets?limit=ten", "limit"),
        BadRequest.Query("list with limit 2^31", "/api/fleets?limit=2147483648", "limit"),
        BadRequest.Query("list with limit twice", "/api/fleets?limit=1&limit=2", "limit"),
        BadRequest.Query("list with an empty limit", "/api/fleets?limit=", "limit"),
        BadRequest.Query("list with offset -1", "/api/fleets?offset=-1", "offset"),
        BadRequest.Query("list with offset 1.5", "/api/fleets?offset=1.5", "offset"),
        BadRequest.Query("list with offset twice", "/api/fleets?offset=0&offset=1", "offset"));

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task FleetRoute_BadInput_RefusedWithoutCallingGse(BadRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var stack = fixture.Stack;
        using var http = stack.AdminClient();
        await stack.Admin.ResetCallsAsync();

        await request.AssertRefusedAsync(http);

        var calls = await GseCalls.TotalsAsync(stack.Admin);
        Assert.True(calls.Count == 0, $"{request.Name}: GSE calls {GseCalls.Describe(calls)}");
    }

    [Theory]
    [InlineData("/api/fleets")]
    [InlineData("/api/fleets/fleet-1234")]
    public async Task FleetRoute_FunctionKeyOrNone_401WithoutCallingGse(string path)
    {
        var stack = fixture.Stack;
        await stack.Admin.ResetCallsAsync();
        using var none = stack.Anonymous();
        using var function = stack.FunctionClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await none.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await function.GetAsync(path)).StatusCode);

        Assert.Empty(await GseCalls.TotalsAsync(stack.Admin));
    }
}
