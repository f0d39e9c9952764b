using System.Net.Http.Headers;
using GseFunctions.Gse;
using GseFunctions.Testing;
using Microsoft.Playwright;

namespace GseFunctions.Dashboard.Tests;

/// <summary>
/// One stack per test class: Azurite, a fast local GSE over HTTP, the built self-host as a process on a real port, and
/// Debian's Chromium driven by Playwright (never a downloaded browser).
/// </summary>
public sealed class ConsoleStack : IAsyncLifetime
{
    /// <summary>Debian's Chromium; scripts/test.sh installs it when missing.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public AzuriteServer Azurite { get; private set; } = null!;

    public LocalGseServer Gse { get; private set; } = null!;

    public GseClient GseClient { get; private set; } = null!;

    public LocalGseAdmin GseAdmin { get; private set; } = null!;

    public SelfHostProcess SelfHost { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The console's address, e.g. http://127.0.0.1:41234/api/dashboard/.</summary>
    public Uri Console => new(SelfHost.Url, "/api/dashboard/");

    /// <summary>Where screenshots go: the test output folder's TestResults/screenshots (not committed).</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (scripts/test.sh does: apt-get install -y --no-install-recommends chromium).");
        }

        Azurite = await AzuriteServer.StartAsync();
        Gse = await FastSimulation.StartServerAsync();
        GseClient = Gse.CreateClient();
        GseAdmin = new LocalGseAdmin(Gse.Address);
        var hub = "D" + Guid.NewGuid().ToString("N")[..12];
        var environment = new Dictionary<string, string?>
        {
            ["Rollouts__TablePrefix"] = hub,
            ["Gse__Endpoint"] = Gse.Address.ToString(),
            ["Gse__SecretId"] = LocalGseServer.SecretId,
            ["Gse__SecretKey"] = LocalGseServer.SecretKey,
            ["Gse__Region"] = "ap-shanghai",
            ["Gse__RetryBaseDelay"] = "00:00:00.050",
        };
        foreach (var (key, value) in DurableTestHost.TestSettings(Azurite.ConnectionString, hub))
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        SelfHost = await SelfHostProcess.StartAsync(environment);
        Directory.CreateDirectory(ScreenshotFolder);
        // The machine may be busy (2 cores shared with other test processes): give each expectation time, not just 5 s.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (its own sessionStorage) and page, laptop-sized unless told otherwise.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>An HTTP client of the self-host with the master key.</summary>
    public HttpClient AdminClient()
    {
        var http = new HttpClient { BaseAddress = SelfHost.Url };
        http.DefaultRequestHeaders.Add("x-functions-key", SelfHostProcess.TestMasterKey);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return http;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (SelfHost is not null)
        {
            await SelfHost.DisposeAsync();
        }

        GseAdmin?.Dispose();
        if (Gse is not null)
        {
            await Gse.DisposeAsync();
        }

        if (Azurite is not null)
        {
            await Azurite.DisposeAsync();
        }
    }
}
