using System.Net;
using GseFunctions.Api.Routing;
using GseFunctions.Api.Tests.Auth;
using GseFunctions.Api.Tests.Sessions;

namespace GseFunctions.Api.Tests.Routing;

/// <summary>Every GET the self-host serves answers HEAD (RFC 9110 §9.3.2) with the GET's status and headers and no body.</summary>
public sealed class HeadRequestTests(StackFixture fixture) : IClassFixture<StackFixture>
{
    // Headers that may differ between two answers to the same request.
    private static readonly string[] Varying = ["Date", "Content-Length", "Transfer-Encoding"];

    public static TheoryData<string> GetRoutes => new(ApiRoutes.All.Where(r => r.Method == "GET").Select(r => r.Name));

    public static TheoryData<string> OtherGetPaths => new(
        "/runtime/webhooks/durabletask/instances",
        "/runtime/webhooks/durabletask/instances/instance-none",
        "/openapi/v1.json",
        "/scalar/",
        "/scalar/scalar.js");

    [Theory]
    [MemberData(nameof(GetRoutes))]
    public async Task Head_GetRouteOfTheTable_AnswersLikeGetWithoutABody(string routeName)
    {
        var route = ApiRoutes.All.Single(r => r.Name == routeName);
        using var get = KeyAuthorizationTests.Request(route, KeyCase.MasterKeyInHeader);
        using var head = KeyAuthorizationTests.Request(route, KeyCase.MasterKeyInHeader);
        head.Method = HttpMethod.Head;

        await AssertHeadLikeGetAsync(get, head);
    }

    [Theory]
    [MemberData(nameof(OtherGetPaths))]
    public async Task Head_OtherGetPath_AnswersLikeGetWithoutABody(string path)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, path);
        using var head = new HttpRequestMessage(HttpMethod.Head, path);
        get.Headers.Add("x-functions-key", ApiStack.MasterKey);
        head.Headers.Add("x-functions-key", ApiStack.MasterKey);

        await AssertHeadLikeGetAsync(get, head);
    }

    [Fact]
    public async Task Head_WithoutAKeyOnAnAdminRoute_Answers401WithoutABody()
    {
        using var http = fixture.Stack.Anonymous();

        using var response = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/aliases"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    private async Task AssertHeadLikeGetAsync(HttpRequestMessage get, HttpRequestMessage head)
    {
        using var http = fixture.Stack.Anonymous();

        using var toGet = await http.SendAsync(get);
        using var toHead = await http.SendAsync(head);

        Assert.Equal(toGet.StatusCode, toHead.StatusCode);
        Assert.Equal(Headers(toGet), Headers(toHead));
        Assert.Empty(await toHead.Content.ReadAsByteArrayAsync());
    }

    private static List<string> Headers(HttpResponseMessage response) =>
        [.. response.Headers.Concat(response.Content.Headers)
            .Where(h => !Varying.Contains(h.Key, StringComparer.OrdinalIgnoreCase))
            .Select(h => $"{h.Key}: {string.Join(", ", h.Value)}")
            .Order(StringComparer.Ordinal)];
}
