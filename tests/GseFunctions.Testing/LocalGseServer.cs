using GseFunctions.Gse;
using GseFunctions.Gse.Emulator.Faults;
using GseFunctions.Gse.Emulator.Hosting;
using GseFunctions.Gse.Emulator.Simulation;
using GseFunctions.Gse.Emulator.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GseFunctions.Testing;

/// <summary>
/// The local GSE on Kestrel at 127.0.0.1 on a free port, with the same composition as its Program, for
/// tests that cross real HTTP. The simulation runs on <see cref="FakeClock"/> (a fake clock unless a time scale is
/// given), while request timestamps are checked against the real clock, as in production.
/// </summary>
public sealed class LocalGseServer : IAsyncDisposable
{
    public const string SecretId = "AKIDTestLocalGse";
    public const string SecretKey = "TestLocalGseSecretKey";

    private readonly WebApplication _app;

    private LocalGseServer(WebApplication app, Uri address, FakeTimeProvider? clock)
    {
        _app = app;
        Address = address;
        FakeClock = clock;
    }

    /// <summary>Base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The simulation's fake clock; null when the server runs on a scaled real clock.</summary>
    public FakeTimeProvider? FakeClock { get; }

    public IServiceProvider Services => _app.Services;

    internal GseSimulation Simulation => _app.Services.GetRequiredService<GseSimulation>();

    internal FaultInjector Faults => _app.Services.GetRequiredService<FaultInjector>();

    internal CallCounter Calls => _app.Services.GetRequiredService<CallCounter>();

    /// <summary>Starts a server. <paramref name="settings"/> are configuration keys such as <c>LocalGse:Simulation:...</c>.</summary>
    /// <param name="settings">Extra configuration.</param>
    /// <param name="timeScale">Run the simulation on the real clock scaled by this factor instead of a fake clock.</param>
    /// <param name="pipeline">Middleware to run before the local GSE's endpoints (e.g. to act on a given action).</param>
    public static async Task<LocalGseServer> StartAsync(IDictionary<string, string?>? settings = null, double? timeScale = null, Action<IApplicationBuilder>? pipeline = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LocalGse:SecretId"] = SecretId,
            ["LocalGse:SecretKey"] = SecretKey,
            ["LocalGse:TimeScale"] = (timeScale ?? 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        FakeTimeProvider? fake = null;
        if (timeScale is null)
        {
            fake = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.Zero };
            builder.Services.AddSingleton(new SimulationClock(fake, 1));
        }

        builder.Services.AddLocalGse(builder.Configuration);
        var app = builder.Build();
        pipeline?.Invoke(app);
        app.MapLocalGse();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new LocalGseServer(app, new Uri(address.TrimEnd('/') + "/"), fake);
    }

    /// <summary>A typed client pointed at this server, with short timeouts and retries suited to tests.</summary>
    public GseClient CreateClient(Action<GseClientOptions>? configure = null, HttpMessageHandler? handler = null)
    {
        var options = new GseClientOptions
        {
            Endpoint = Address,
            Region = "ap-shanghai",
            SecretId = SecretId,
            SecretKey = SecretKey,
            Timeout = TimeSpan.FromSeconds(10),
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        };
        configure?.Invoke(options);
        var http = handler is null ? new HttpClient() : new HttpClient(handler);
        return new GseClient(http, Options.Create(options), TimeProvider.System, NullLogger<GseClient>.Instance);
    }

    /// <summary>Advances the fake clock in steps (so due events run in order) and lets the simulation catch up.</summary>
    public void Advance(TimeSpan by, TimeSpan? step = null)
    {
        var clock = FakeClock ?? throw new InvalidOperationException("This server runs on a scaled real clock.");
        var increment = step ?? TimeSpan.FromSeconds(1);
        for (var elapsed = TimeSpan.Zero; elapsed < by; elapsed += increment)
        {
            clock.Advance(increment < by - elapsed ? increment : by - elapsed);
            Simulation.AdvanceAll();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
