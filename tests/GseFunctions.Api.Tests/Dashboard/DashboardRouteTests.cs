using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GseFunctions.Api.Dashboard;
using GseFunctions.Api.Tests.Sessions;

namespace GseFunctions.Api.Tests.Dashboard;

/// <summary>
/// The release console's files through the self-host's pipeline: no key, content types, ETag and 304, the security
/// headers, and 404 for anything that is not one of the embedded files.
/// </summary>
public sealed class DashboardRouteTests(StackFixture fixture) : IClassFixture<StackFixture>
{
    public static TheoryData<string, string> Files => new()
    {
        { "/api/dashboard/", "text/html" },
        { "/api/dashboard/index.html", "text/html" },
        { "/api/dashboard/app.css", "text/css" },
        { "/api/dashboard/js/main.js", "text/javascript" },
        { "/api/dashboard/js/chart.js", "text/javascript" },
        { "/api/dashboard/js/views/rollout.js", "text/javascript" },
        { "/api/dashboard/favicon.svg", "image/svg+xml" },
    };

    // Clients and Kestrel resolve "." and ".." segments before routing; what can reach the handler is a name, in any case,
    // with encoded separators or backslashes: none is an embedded file.
    public static TheoryData<string> Missing => new(
        "/api/dashboard/nothing.js",
        "/api/dashboard/INDEX.HTML",
        "/api/dashboard/js/",
        "/api/dashboard/js/..%2fapp.css",
        "/api/dashboard/js%2fmain.js",
        "/api/dashboard/..%5capp.css",
        "/api/dashboard//etc/passwd",
        "/api/dashboard/GseFunctions.Api.dll");

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Get_EmbeddedFileWithoutAKey_ServesItWithTypeTagAndSecurityHeaders(string path, string mediaType)
    {
        using var http = fixture.Stack.Anonymous();

        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(DashboardHeaders.ContentSecurityPolicy, csp);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0);
    }

    [Fact]
    public async Task Get_MatchingIfNoneMatch_Answers304WithoutABody()
    {
        using var http = fixture.Stack.Anonymous();
        using var first = await http.GetAsync("/api/dashboard/js/chart.js");
        var tag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard/js/chart.js");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"other\""));
        again.Headers.IfNoneMatch.Add(tag);
        using var notModified = await http.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(tag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        // Another file's tag does not match.
        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard/app.css");
        other.Headers.IfNoneMatch.Add(tag);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(other)).StatusCode);
    }

    [Fact]
    public async Task Page_HoldsNoInlineScriptNoDataAndNoOffHostReference()
    {
        using var http = fixture.Stack.Anonymous();

        var html = await http.GetStringAsync("/api/dashboard/");

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" onclick=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<script type=\"module\" src=\"js/main.js\"></script>", html, StringComparison.Ordinal);
        foreach (var path in DashboardFiles.All.Keys)
        {
            var text = await http.GetStringAsync("/api/dashboard/" + path);
            Assert.DoesNotContain("http://", text.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("https://", text, StringComparison.Ordinal);
            Assert.DoesNotContain("localStorage", text, StringComparison.Ordinal);
            Assert.DoesNotContain("innerHTML", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Missing))]
    public async Task Get_AnythingButAnEmbeddedFile_Is404ProblemDetails(string path)
    {
        using var http = fixture.Stack.Anonymous();

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Post_ToTheConsole_Is405()
    {
        using var http = fixture.Stack.Anonymous();

        using var response = await http.PostAsync(new Uri("/api/dashboard/index.html", UriKind.Relative), new StringContent("x"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Get_TwentyAtOnce_AllAnswerTheSameBytes()
    {
        using var http = fixture.Stack.Anonymous();

        var bodies = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => http.GetByteArrayAsync(new Uri("/api/dashboard/js/views/start.js", UriKind.Relative))));

        Assert.All(bodies, b => Assert.Equal(bodies[0], b));
        Assert.Equal(DashboardFiles.Find("js/views/start.js")!.Content.ToArray(), bodies[0]);
    }
}
