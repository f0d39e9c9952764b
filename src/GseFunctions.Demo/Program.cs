using System.Globalization;
using System.Text.Json;
using GseFunctions.Demo;
using GseFunctions.Gse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Usage: GseFunctions.Demo [--summary-json PATH] [--time-scale N] [--configuration Release|Debug]
string? summaryPath = null;
var timeScale = 60.0;
var configuration = "Release";
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--summary-json" when i + 1 < args.Length:
            summaryPath = args[++i];
            break;
        case "--time-scale" when i + 1 < args.Length && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) && scale >= 1:
            timeScale = scale;
            i++;
            break;
        case "--configuration" when i + 1 < args.Length:
            configuration = args[++i];
            break;
        default:
            Console.Error.WriteLine($"Unknown or incomplete option '{args[i]}'. Options: --summary-json PATH, --time-scale N (>= 1), --configuration Release|Debug");
            return 2;
    }
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

const string secretId = "AKIDLocalGseDevelopmentKey";
const string secretKey = "LocalGseDevelopmentSecretKey";
try
{
    Console.WriteLine($"GseFunctions demo: the seed scenario on the local GSE (simulated clock {timeScale}x real time). Ctrl-C stops it.");
    await using var localGse = await LocalGseProcess.StartAsync(RepositoryRoot(), configuration, timeScale, secretId, secretKey, cancel.Token);
    Console.WriteLine($"Local GSE listening on {localGse.Address}");

    var services = new ServiceCollection();
    services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole());
    services.AddGseClient(o =>
    {
        o.Endpoint = localGse.Address;
        o.Region = "ap-shanghai";
        o.SecretId = secretId;
        o.SecretKey = secretKey;
        o.Timeout = TimeSpan.FromSeconds(10);
    });
    await using var provider = services.BuildServiceProvider();
    using var admin = new HttpClient { BaseAddress = localGse.Address };

    var summary = await new SeedDemo(provider.GetRequiredService<GseClient>(), admin, timeScale, Console.Out).RunAsync(cancel.Token);

    Console.WriteLine();
    Console.WriteLine($"Outcome:                  {summary.Outcome}");
    Console.WriteLine($"Duration:                 {summary.DurationSeconds} s (real time)");
    Console.WriteLine($"Sessions created:         {summary.SessionsCreated} ({string.Join(", ", summary.SessionsByFleet.Select(p => $"{p.Key}: {p.Value}"))} through traffic)");
    Console.WriteLine($"Failed session creations: {summary.FailedSessionCreations}");
    Console.WriteLine($"Alias now on:             {summary.AliasFleetId} (fleet 2)");
    Console.WriteLine($"Fleet 1:                  {summary.OldFleetStatus}, {summary.OldFleetInstances} instances, {summary.OldFleetLiveSessions} live sessions (drained and scaled in)");
    if (summaryPath is not null)
    {
        await File.WriteAllTextAsync(summaryPath, JsonSerializer.Serialize(summary, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
        Console.WriteLine($"Summary written to {summaryPath}");
    }

    return summary.Outcome == "Succeeded" ? 0 : 1;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.WriteLine("Stopped; everything the demo started has been stopped.");
    return 130;
}
catch (Exception ex) when (ex is GseException or HttpRequestException or InvalidOperationException or TimeoutException or IOException)
{
    Console.Error.WriteLine($"The demo failed: {ex.Message}");
    return 1;
}

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "GseFunctions.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run the demo from a clone of the repository (GseFunctions.sln not found).");
}
