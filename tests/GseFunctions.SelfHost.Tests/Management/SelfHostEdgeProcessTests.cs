using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GseFunctions.Testing;

namespace GseFunctions.SelfHost.Tests.Management;

/// <summary>
/// The built self-host on Kestrel (a real port from <c>--urls</c>, as the demo runs it): the management URIs follow the
/// listening URL, or <c>Host:PublicBaseUrl</c>, whatever <c>Host</c> header a request sends; and the edge answers HEAD,
/// unknown paths and wrong methods on the real server.
/// </summary>
public sealed class SelfHostEdgeProcessTests : IAsyncLifetime
{
    private const string ForeignHost = "evil.example";
    private AzuriteServer _azurite = null!;

    public async Task InitializeAsync() => _azurite = await AzuriteServer.StartAsync();

    public async Task DisposeAsync() => await _azurite.DisposeAsync();

    [Fact]
    public async Task StartRollout_ForeignHostHeaderAndNoPublicBaseUrl_LinksFollowTheListeningUrlAndWork()
    {
        await using var process = await SelfHostProcess.StartAsync(Environment("EdgeDefault"));
        using var http = new HttpClient { BaseAddress = process.Url };

        var payload = await StartRolloutAsync(http);

        var home = process.Url.ToString().TrimEnd('/') + "/runtime/webhooks/durabletask/instances/";
        Assert.All(Uris(payload), u => Assert.StartsWith(home, u, StringComparison.Ordinal));
        using var status = await http.GetAsync(new Uri(payload.GetProperty("statusQueryGetUri").GetString()!));
        Assert.True(status.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, $"{(int)status.StatusCode}: {await status.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task StartRollout_PublicBaseUrlConfigured_LinksUseItWhateverTheHostHeader()
    {
        var environment = Environment("EdgeConfigured");
        environment["Host__PublicBaseUrl"] = "https://gse.example.com/prefix/";
        await using var process = await SelfHostProcess.StartAsync(environment);
        using var http = new HttpClient { BaseAddress = process.Url };

        var payload = await StartRolloutAsync(http);

        Assert.All(Uris(payload), u => Assert.StartsWith("https://gse.example.com/prefix/runtime/webhooks/durabletask/instances/", u, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Edge_OnKestrel_HeadHasNoBodyAndUnmatchedRequestsAreProblems()
    {
        var environment = Environment("EdgeKestrel");
        environment["AllowedHosts"] = "127.0.0.1";
        await using var process = await SelfHostProcess.StartAsync(environment);
        using var http = new HttpClient { BaseAddress = process.Url };

        using var get = await http.GetAsync(new Uri("/api/health/live", UriKind.Relative));
        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/health/live"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());

        using var missing = await http.GetAsync(new Uri("/api/nothing-here", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, JsonDocument.Parse(await missing.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());

        using var wrong = await http.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/health/live"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["GET", "HEAD"], wrong.Content.Headers.Allow.Order(StringComparer.Ordinal));

        // ASP.NET Core's host filtering (AllowedHosts) refuses other host names before any route runs.
        using var foreign = new HttpRequestMessage(HttpMethod.Get, "/api/health/live");
        foreign.Headers.Host = ForeignHost;
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(foreign)).StatusCode);
    }

    private static async Task<JsonElement> StartRolloutAsync(HttpClient http)
    {
        // Starting needs storage only (the alias lock, the instance); the rollout's first GSE call comes later, in an activity.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/rollouts")
        {
            Content = JsonContent.Create(new { aliasId = "alias-00000000-0000-0000-0000-000000000001", fleetId = "fleet-00000000-0000-0000-0000-000000000002" }),
        };
        request.Headers.Host = ForeignHost;
        request.Headers.Add("x-functions-key", SelfHostProcess.TestMasterKey);

        using var response = await http.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {text}");
        Assert.DoesNotContain(ForeignHost, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ForeignHost, response.Headers.Location?.OriginalString ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static List<string> Uris(JsonElement payload)
    {
        var uris = payload.EnumerateObject().Where(p => p.Name.EndsWith("Uri", StringComparison.Ordinal)).Select(p => p.Value.GetString()!).ToList();
        Assert.Equal(7, uris.Count);
        return uris;
    }

    private Dictionary<string, string?> Environment(string hub) => new()
    {
        ["AzureWebJobsStorage"] = _azurite.ConnectionString,
        ["AzureFunctionsJobHost__extensions__durableTask__hubName"] = hub,
        ["AzureFunctionsJobHost__extensions__durableTask__storageProvider__partitionCount"] = "1",
        ["Rollouts__TablePrefix"] = hub,
        ["Gse__Endpoint"] = "http://127.0.0.1:9/",
        ["Gse__SecretId"] = "AKIDTest",
        ["Gse__SecretKey"] = "TestKey",
        ["Gse__Region"] = "ap-shanghai",
    };
}
