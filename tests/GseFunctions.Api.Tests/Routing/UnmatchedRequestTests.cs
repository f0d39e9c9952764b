using System.Net;
using GseFunctions.Api.Problems;
using GseFunctions.Api.Tests.Auth;
using GseFunctions.Api.Tests.Sessions;

namespace GseFunctions.Api.Tests.Routing;

/// <summary>
/// What the self-host answers a request no route takes: 404 for a path it does not serve, 405 with <c>Allow</c> for a
/// method a path does not take, both RFC 9457 problem details, and the same with or without a key.
/// </summary>
public sealed class UnmatchedRequestTests(StackFixture fixture) : IClassFixture<StackFixture>
{
    public static TheoryData<string, KeyCase> UnknownPaths()
    {
        var data = new TheoryData<string, KeyCase>();
        foreach (var path in new[] { "/api/nothing-here", "/api/aliases/alias-1/extra", "/api", "/runtime/webhooks/durabletask/nothing", "/runtime/webhooks/durabletask/instances/i-1/nothing", "/nothing-here" })
        {
            data.Add(path, KeyCase.None);
            data.Add(path, KeyCase.MasterKeyInHeader);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(UnknownPaths))]
    public async Task UnknownPath_AnyKey_Answers404ProblemDetails(string path, KeyCase key)
    {
        using var http = fixture.Stack.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (KeyAuthorizationTests.KeyOf(key) is { } value)
        {
            request.Headers.Add("x-functions-key", value);
        }

        using var response = await http.SendAsync(request);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(ApiProblemTypes.NotFound, problem.GetProperty("type").GetString());
        Assert.Equal(path, problem.GetProperty("instance").GetString());

        // Nothing beyond "not found": no list of routes, no hint about keys.
        Assert.Equal(["detail", "instance", "status", "title", "traceId", "type"], problem.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Nothing is served at this path.", problem.GetProperty("detail").GetString());
        Assert.False(response.Content.Headers.Contains("Allow"));
    }

    [Theory]
    [InlineData("PUT", "/api/health", new[] { "GET", "HEAD" })]
    [InlineData("DELETE", "/api/health/live", new[] { "GET", "HEAD" })]
    [InlineData("PUT", "/api/aliases", new[] { "GET", "HEAD", "POST" })]
    [InlineData("POST", "/api/aliases/alias-1", new[] { "DELETE", "GET", "HEAD", "PATCH" })]
    [InlineData("GET", "/api/rollouts/rollout-1/approve", new[] { "POST" })]
    [InlineData("PUT", "/runtime/webhooks/durabletask/instances/i-1", new[] { "DELETE", "GET", "HEAD" })]
    public async Task WrongMethod_WithoutAKey_Answers405ProblemDetailsWithAllow(string method, string path, string[] allowed)
    {
        using var http = fixture.Stack.Anonymous();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        using var response = await http.SendAsync(request);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal(allowed, response.Content.Headers.Allow.Order(StringComparer.Ordinal));
        Assert.Equal(path, problem.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task UnknownPath_QueryCarriesAKey_TheProblemDoesNotEchoIt()
    {
        using var http = fixture.Stack.Anonymous();

        using var response = await http.GetAsync("/api/nothing-here?code=" + Uri.EscapeDataString(ApiStack.MasterKey));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.DoesNotContain(ApiStack.MasterKey, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
