using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GseFunctions.Api.Tests.Durable;
using GseFunctions.Api.Tests.Rollouts;
using GseFunctions.Testing;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Tests.Auth;

/// <summary>
/// The management URIs carry the system key (<c>code=</c>), so they must point at this host whatever the request's
/// <c>Host</c> header says: a request sent with <c>Host: evil.example</c> gets links to the configured public base
/// URL, never to evil.example.
/// </summary>
public sealed class ManagementUriHostTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private const string ForeignHost = "evil.example";
    private ApiStack _stack = null!;

    public async Task InitializeAsync() => _stack = await ApiStack.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task StartRollout_ForeignHostHeader_NoUriNamesThatHost()
    {
        var seed = await RolloutSeed.CreateAsync(_stack.Gse, protection: "NoProtection", sessions: 0);
        using var http = _stack.AdminClient();

        using var started = await http.SendAsync(WithForeignHost(HttpMethod.Post, "/api/rollouts", RolloutApi.Body(seed, options: ("requireApproval", true))));
        var text = await started.Content.ReadAsStringAsync();
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, text);
        AssertPointsHome(started, text);

        // A second start while the first holds the alias: the 409 names the first one's status URI.
        using var refused = await http.SendAsync(WithForeignHost(HttpMethod.Post, "/api/rollouts", RolloutApi.Body(seed, idempotencyKey: "another-release")));
        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Equal(JsonDocument.Parse(text).RootElement.GetProperty("statusQueryGetUri").GetString(), problem.GetProperty("activeRolloutStatusQueryGetUri").GetString());
        AssertPointsHome(refused, problem.ToString());
    }

    [Fact]
    public async Task DurableRestart_ForeignHostHeader_NoUriNamesThatHost()
    {
        var id = DurableInstanceRoutesFixture.NewId("restart-host");
        await DurableInstances.StartFailingAsync(_stack, id);
        await DurableInstances.WaitForAsync(_stack, id, OrchestrationRuntimeStatus.Failed);
        using var http = _stack.AdminClient();

        using var restarted = await http.SendAsync(WithForeignHost(HttpMethod.Post, $"{DurableInstances.InstancesPath}/{id}/restart", body: null));

        var text = await restarted.Content.ReadAsStringAsync();
        Assert.True(restarted.StatusCode == HttpStatusCode.Accepted, text);
        AssertPointsHome(restarted, text);
    }

    [Fact]
    public async Task DurableStatus_RunningInstanceWithForeignHostHeader_LocationStaysHome()
    {
        var seed = await RolloutSeed.CreateAsync(_stack.Gse, protection: "NoProtection", sessions: 0);
        using var http = _stack.AdminClient();
        var id = (await RolloutApi.StartAsync(http, RolloutApi.Body(seed, options: ("requireApproval", true)))).GetProperty("id").GetString()!;
        var path = $"{DurableInstances.InstancesPath}/{id}";

        using var status = await http.SendAsync(WithForeignHost(HttpMethod.Get, path, body: null));

        Assert.Equal(HttpStatusCode.Accepted, status.StatusCode);
        Assert.DoesNotContain(ForeignHost, status.Headers.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("http://127.0.0.1:7071" + path, status.Headers.Location?.OriginalString);
    }

    private static HttpRequestMessage WithForeignHost(HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Host = ForeignHost;
        return request;
    }

    private static void AssertPointsHome(HttpResponseMessage response, string body)
    {
        Assert.DoesNotContain(ForeignHost, body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ForeignHost, response.Headers.ToString(), StringComparison.OrdinalIgnoreCase);
        var uris = JsonDocument.Parse(body).RootElement.EnumerateObject()
            .Where(p => p.Name.EndsWith("Uri", StringComparison.Ordinal))
            .Select(p => p.Value.GetString()!)
            .ToList();
        Assert.NotEmpty(uris);
        Assert.All(uris, u => Assert.StartsWith("http://127.0.0.1:7071/runtime/webhooks/durabletask/instances/", u, StringComparison.Ordinal));
    }
}
