using System.Net.Http.Headers;
using GseFunctions.Gse;
using GseFunctions.SelfHost;
using GseFunctions.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GseFunctions.Api.Tests;

/// <summary>
/// The self-host in process (<see cref="WebApplicationFactory{TEntryPoint}"/>) on Azurite and a fast local GSE over
/// HTTP, with its own task hub and tables: the production composition, routes, keys and edge included.
/// </summary>
public sealed class ApiStack : IAsyncDisposable
{
    public const string MasterKey = "api-tests-master-key-0123456789abcdef0123";
    public const string FunctionKey = "api-tests-function-key-0123456789abcdef01";

    private readonly WebApplicationFactory<SelfHostApp> _factory;

    private ApiStack(WebApplicationFactory<SelfHostApp> factory, LocalGseServer gse, string hub)
    {
        _factory = factory;
        Server = gse;
        Hub = hub;
        Gse = gse.CreateClient();
        Admin = new LocalGseAdmin(gse.Address);
    }

    public LocalGseServer Server { get; }

    public GseClient Gse { get; }

    public LocalGseAdmin Admin { get; }

    public string Hub { get; }

    public IServiceProvider Services => _factory.Services;

    public DurableTaskClient Durable => Services.GetRequiredService<DurableTaskClient>();

    /// <summary>Starts a stack; <paramref name="settings"/> overrides configuration keys.</summary>
    public static async Task<ApiStack> StartAsync(string storageConnectionString, IDictionary<string, string?>? settings = null, IDictionary<string, string?>? gseSettings = null)
    {
        var gse = await FastSimulation.StartServerAsync(gseSettings);
        var hub = "A" + Guid.NewGuid().ToString("N")[..12];
        var all = new Dictionary<string, string?>(DurableTestHost.TestSettings(storageConnectionString, hub))
        {
            ["Gse:Endpoint"] = gse.Address.ToString(),
            ["Gse:SecretId"] = LocalGseServer.SecretId,
            ["Gse:SecretKey"] = LocalGseServer.SecretKey,
            ["Gse:Region"] = "ap-shanghai",
            ["Gse:RetryBaseDelay"] = "00:00:00.050",
            ["Rollouts:TablePrefix"] = hub,
            ["Auth:MasterKey"] = MasterKey,
            ["Auth:FunctionKeys:default"] = FunctionKey,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = new WebApplicationFactory<SelfHostApp>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in all)
            {
                web.UseSetting(key, value);
            }

            web.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(all));
        });
        var stack = new ApiStack(factory, gse, hub);
        _ = factory.Services; // starts the host (and the Durable backend) now, so a test's first request is not the slow one
        await Task.CompletedTask;
        return stack;
    }

    /// <summary>A client with no key.</summary>
    public HttpClient Anonymous() => _factory.CreateClient();

    /// <summary>A client that sends the master key.</summary>
    public HttpClient AdminClient() => WithKey(MasterKey);

    /// <summary>A client that sends the function key.</summary>
    public HttpClient FunctionClient() => WithKey(FunctionKey);

    /// <summary>A client that sends <paramref name="key"/> in <c>x-functions-key</c>.</summary>
    public HttpClient WithKey(string key)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("x-functions-key", key);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await _factory.DisposeAsync();
        await Server.DisposeAsync();
    }
}
