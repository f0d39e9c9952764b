using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GseFunctions.Testing;
using Xunit.Abstractions;

namespace GseFunctions.SelfHost.Tests;

/// <summary>
/// The self-host's container image without a container engine: the Dockerfile's shape (SDK image publishes, ASP.NET
/// runtime image runs, non-root, port 8080, HEALTHCHECK), and its published output run exactly as the image would
/// (ENTRYPOINT command, ENV, WORKDIR holding the published files, parsed from the Dockerfile so drift fails here)
/// against Azurite and a local GSE: it serves, is ready, and the HEALTHCHECK command exits 0, then 1 once it stops.
/// </summary>
public sealed partial class ContainerImageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string DockerfilePath = Path.Combine(RepositoryPaths.Root, "src", "GseFunctions.SelfHost", "Dockerfile");

    private readonly string _publish = Directory.CreateTempSubdirectory("gsef-image-").FullName;
    private AzuriteServer _azurite = null!;
    private LocalGseServer _gse = null!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        _gse = await LocalGseServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _gse.DisposeAsync();
        await _azurite.DisposeAsync();
        Directory.Delete(_publish, recursive: true);
    }

    [Fact]
    public void Dockerfile_PublishesWithTheSdkAndRunsNonRootOnTheAspNetRuntime()
    {
        var image = Dockerfile.Parse(File.ReadAllText(DockerfilePath));

        Assert.Equal(["mcr.microsoft.com/dotnet/sdk:10.0", "mcr.microsoft.com/dotnet/aspnet:10.0"], image.Stages);
        Assert.Contains("dotnet publish src/GseFunctions.SelfHost/GseFunctions.SelfHost.csproj -c Release", image.PublishCommand, StringComparison.Ordinal);
        Assert.Equal("/app", image.WorkDir);
        Assert.Equal("8080", image.Environment["ASPNETCORE_HTTP_PORTS"]);
        Assert.Contains("8080", image.Exposed);
        Assert.NotNull(image.User);
        Assert.NotEqual("root", image.User);
        Assert.NotEqual("0", image.User);
        Assert.Equal(["dotnet", "GseFunctions.SelfHost.dll"], image.EntryPoint);
        Assert.Equal(["dotnet", "GseFunctions.SelfHost.dll", "--health-check"], image.HealthCheck);

        // Every file the publish stage copies exists, and the context keeps out what must not reach the image.
        foreach (var file in image.Copied)
        {
            Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, file)) || Directory.Exists(Path.Combine(RepositoryPaths.Root, file)), file);
        }

        var ignored = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, ".dockerignore"));
        Assert.Contains("**/local.settings.json", ignored);
        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
    }

    [Fact]
    public async Task PublishedOutput_RunAsTheEntrypoint_ServesAndPassesItsHealthCheck()
    {
        var image = Dockerfile.Parse(File.ReadAllText(DockerfilePath));
        var stopwatch = Stopwatch.StartNew();
        await PublishAsync(image);
        output.WriteLine($"published: {stopwatch.Elapsed}");

        // The image's ENV, then what a deployment sets (the settings contract), with the port moved off 8080 so tests
        // may run side by side.
        var port = FreePort();
        var environment = new Dictionary<string, string>(image.Environment)
        {
            ["ASPNETCORE_HTTP_PORTS"] = port.ToString(CultureInfo.InvariantCulture),
            ["AzureWebJobsStorage"] = _azurite.ConnectionString,
            ["AzureFunctionsJobHost__extensions__durableTask__hubName"] = "ImageHub",
            ["AzureFunctionsJobHost__extensions__durableTask__storageProvider__partitionCount"] = "1",
            ["Gse__Endpoint"] = _gse.Address.ToString(),
            ["Gse__SecretId"] = LocalGseServer.SecretId,
            ["Gse__SecretKey"] = LocalGseServer.SecretKey,
            ["Auth__MasterKey"] = "image-test-master-key-" + Guid.NewGuid().ToString("N"),
            ["Host__PublicBaseUrl"] = "https://gse.example.com",
        };

        stopwatch.Restart();
        using var app = Start(image.EntryPoint, environment, out var appOutput);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var ready = await WaitForReadyAsync(http, app, appOutput);
            output.WriteLine($"ready: {stopwatch.Elapsed}");
            Assert.Equal("Healthy", JsonDocument.Parse(ready).RootElement.GetProperty("status").GetString());
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(new Uri("/api/aliases", UriKind.Relative))).StatusCode);

            Assert.Equal(0, await RunToExitAsync(image.HealthCheck, environment));

            using (var stop = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", app.Id.ToString(CultureInfo.InvariantCulture) } }))
            {
                await stop!.WaitForExitAsync();
            }

            using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await app.WaitForExitAsync(stopped.Token);
            Assert.Equal(0, app.ExitCode);
            Assert.Equal(1, await RunToExitAsync(image.HealthCheck, environment));
        }
        finally
        {
            if (!app.HasExited)
            {
                app.Kill(entireProcessTree: true);
                await app.WaitForExitAsync();
            }

            output.WriteLine(appOutput.ToString());
        }

        Assert.DoesNotContain(environment["Auth__MasterKey"], appOutput.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(AzuriteServer.AccountKey, appOutput.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The Dockerfile's publish command, into a temporary folder standing for the image's WORKDIR.</summary>
    private async Task PublishAsync(Dockerfile image)
    {
        // The test build already compiled the self-host in this configuration: publish that build (no second compile).
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Release";
        var arguments = image.PublishCommand.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        Assert.Equal("dotnet", arguments[0]);
        arguments[arguments.IndexOf("-c") + 1] = configuration;
        arguments[arguments.IndexOf("-o") + 1] = _publish;
        arguments.Add("--no-build");
        arguments.Add("-nologo");
        var start = new ProcessStartInfo(arguments[0]) { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        using var publish = Process.Start(start)!;
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        Assert.True(publish.ExitCode == 0, await stdout + await stderr);
        Assert.True(File.Exists(Path.Combine(_publish, image.EntryPoint[^1])), "the entrypoint's dll is not in the published output");
        Assert.True(File.Exists(Path.Combine(_publish, "host.json")), "host.json is not in the published output");
    }

    private Process Start(IReadOnlyList<string> command, Dictionary<string, string> environment, out StringBuilder captured)
    {
        var start = Container(command, environment);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start)!;
        var lines = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(lines, e.Data);
        process.ErrorDataReceived += (_, e) => Append(lines, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        captured = lines;
        return process;
    }

    private async Task<int> RunToExitAsync(IReadOnlyList<string> command, Dictionary<string, string> environment)
    {
        using var process = Process.Start(Container(command, environment))!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    /// <summary>As the container runs a command: the WORKDIR (here the published folder), the image's environment only.</summary>
    private ProcessStartInfo Container(IReadOnlyList<string> command, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(command[0]) { WorkingDirectory = _publish, UseShellExecute = false };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        // Keep what finds the runtime (PATH, DOTNET_ROOT, HOME); drop the test run's own app settings.
        foreach (var key in start.Environment.Keys.ToList())
        {
            if (key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || key.StartsWith("AzureWebJobs", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("Gse__", StringComparison.OrdinalIgnoreCase) || key.StartsWith("Auth__", StringComparison.OrdinalIgnoreCase)
                || key is "DOTNET_ENVIRONMENT" or "Logging__Console__FormatterName")
            {
                start.Environment.Remove(key);
            }
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private static async Task<string> WaitForReadyAsync(HttpClient http, Process app, StringBuilder appOutput)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(app.HasExited, "the self-host exited: " + appOutput);
            try
            {
                using var response = await http.GetAsync(new Uri("/api/health", UriKind.Relative));
                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return text;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(60), "not ready within 60 s: " + appOutput);
            await Task.Delay(200);
        }
    }

    private static void Append(StringBuilder lines, string? line)
    {
        if (line is not null)
        {
            lock (lines)
            {
                lines.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Any, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>What the tests need from the Dockerfile: its stages, the last stage's settings, the publish command.</summary>
    private sealed record Dockerfile(
        IReadOnlyList<string> Stages,
        string PublishCommand,
        string? WorkDir,
        IReadOnlyDictionary<string, string> Environment,
        IReadOnlyList<string> Exposed,
        string? User,
        IReadOnlyList<string> EntryPoint,
        IReadOnlyList<string> HealthCheck,
        IReadOnlyList<string> Copied)
    {
        public static Dockerfile Parse(string text)
        {
            // Join continuation lines; drop comments and blank lines.
            var instructions = Continuation().Replace(text, " ").Split('\n')
                .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
            var stages = new List<string>();
            string publish = string.Empty;
            string? workDir = null, user = null;
            var environment = new Dictionary<string, string>(StringComparer.Ordinal);
            var exposed = new List<string>();
            var copied = new List<string>();
            IReadOnlyList<string> entryPoint = [], healthCheck = [];
            foreach (var line in instructions)
            {
                var (keyword, rest) = (line.Split(' ', 2)[0].ToUpperInvariant(), line.Contains(' ', StringComparison.Ordinal) ? line.Split(' ', 2)[1].Trim() : string.Empty);
                switch (keyword)
                {
                    case "FROM":
                        stages.Add(rest.Split(' ')[0]);
                        (workDir, user) = (null, null);
                        environment.Clear();
                        exposed.Clear();
                        break;
                    case "RUN" when rest.StartsWith("dotnet publish", StringComparison.Ordinal):
                        publish = rest;
                        break;
                    case "COPY" when !rest.StartsWith("--from", StringComparison.Ordinal):
                        var parts = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                        copied.AddRange(parts[..^1].Select(p => p.TrimEnd('/')));
                        break;
                    case "WORKDIR":
                        workDir = rest;
                        break;
                    case "USER":
                        user = rest;
                        break;
                    case "EXPOSE":
                        exposed.AddRange(rest.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                        break;
                    case "ENV":
                        foreach (var pair in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        {
                            var equals = pair.IndexOf('=', StringComparison.Ordinal);
                            environment[pair[..equals]] = pair[(equals + 1)..].Trim('"');
                        }

                        break;
                    case "ENTRYPOINT":
                        entryPoint = JsonSerializer.Deserialize<string[]>(rest)!;
                        break;
                    case "HEALTHCHECK":
                        healthCheck = JsonSerializer.Deserialize<string[]>(rest[(rest.IndexOf("CMD ", StringComparison.Ordinal) + 4)..])!;
                        break;
                }
            }

            return new Dockerfile(stages, publish, workDir, environment, exposed, user, entryPoint, healthCheck, copied);
        }
    }

    [GeneratedRegex(@"\\\r?\n")]
    private static partial Regex Continuation();
}
