using System.Net;
using System.Net.Sockets;
using GseFunctions.SelfHost.Durable;
using GseFunctions.SelfHost.Tests.TestTasks;
using GseFunctions.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace GseFunctions.SelfHost.Tests.Durable;

/// <summary>The sidecar listens on its own socket: the app's URLs (from --urls) keep serving the app's endpoints.</summary>
public sealed class AppEndpointsTests : IAsyncLifetime
{
    private AzuriteServer _azurite = null!;

    public async Task InitializeAsync() => _azurite = await AzuriteServer.StartAsync();

    public async Task DisposeAsync() => await _azurite.DisposeAsync();

    [Fact]
    public async Task AppEndpoint_BesideTheSidecar_AnswersOnTheGivenUrl()
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var builder = WebApplication.CreateBuilder(["--urls", url]);
        builder.Logging.ClearProviders();
        foreach (var (key, value) in DurableTestHost.TestSettings(_azurite.ConnectionString, "AppEndpoints"))
        {
            builder.Configuration[key] = value;
        }

        builder.AddDurableBackend(TestTaskRegistry.Register);
        await using var app = builder.Build();
        app.MapGet("/api/ping", async (DurableTaskClient client) =>
        {
            var id = await client.ScheduleNewOrchestrationInstanceAsync(nameof(GreetOrchestrator), "ping");
            var done = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true);
            return done.ReadOutputAs<string>();
        });
        await app.StartAsync();

        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        var body = await http.GetStringAsync(new Uri("/api/ping", UriKind.Relative));

        Assert.Equal("Hello, ping", body);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri("/TaskHubSidecarService/Hello", UriKind.Relative))).StatusCode);
        await app.StopAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
