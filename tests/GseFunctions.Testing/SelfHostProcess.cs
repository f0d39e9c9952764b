using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GseFunctions.Testing;

/// <summary>
/// The built self-host (<c>dotnet GseFunctions.SelfHost.dll</c>, same configuration as the running tests) as a
/// child process, with its output captured. <see cref="Kill"/> simulates a crash (SIGKILL of the process tree);
/// <see cref="StopAsync"/> is a graceful stop (SIGTERM); disposing kills whatever is left.
/// </summary>
public sealed class SelfHostProcess : IAsyncDisposable
{
    /// <summary>The log line the self-host writes once its Durable backend is up.</summary>
    public const string ReadyLine = "Durable backend ready";

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SelfHostProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    /// <summary>The master key every self-host process of the tests gets (override with <c>Auth__MasterKey</c> in the environment).</summary>
    public const string TestMasterKey = "test-master-key-0123456789abcdef0123456789";

    /// <summary>The app's own HTTP address (from <c>--urls</c>).</summary>
    public Uri Url { get; }

    /// <summary>Process id.</summary>
    public int Id => _process.Id;

    /// <summary>Whether the process has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Exit code once exited.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Everything written to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Path of the built self-host for the configuration the tests were built in.</summary>
    public static string DllPath
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Debug";
            return Path.Combine(RepositoryPaths.Root, "src", "GseFunctions.SelfHost", "bin", configuration, "net10.0", "GseFunctions.SelfHost.dll");
        }
    }

    /// <summary>
    /// Starts the self-host with <paramref name="environment"/> (e.g. <c>AzureWebJobsStorage</c>,
    /// <c>AzureFunctionsJobHost__extensions__durableTask__hubName</c>, <c>Gse__Endpoint</c>, <c>DurableTask__LeaseInterval</c>)
    /// on <paramref name="url"/> (default a free loopback port), and waits for <paramref name="readyLine"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The process exited or did not get ready in time (the message carries its output).</exception>
    public static async Task<SelfHostProcess> StartAsync(
        IReadOnlyDictionary<string, string?> environment,
        Uri? url = null,
        string? readyLine = ReadyLine,
        TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var dll = DllPath;
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The self-host is not built ({dll}); build GseFunctions.sln first.");
        }

        url ??= new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", url.ToString().TrimEnd('/') },
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__LogLevel__GseFunctions"] = "Information";
        start.Environment["Auth__MasterKey"] = TestMasterKey;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the self-host.");
        var host = new SelfHostProcess(process, url);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (readyLine is null)
        {
            return host;
        }

        try
        {
            await host.WaitForOutputAsync(readyLine, timeout ?? TimeSpan.FromSeconds(60));
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until the output contains <paramref name="text"/>.</summary>
    /// <exception cref="InvalidOperationException">The process exited first, or the time ran out.</exception>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited)
            {
                // Let the output readers catch up before judging.
                await _process.WaitForExitAsync();
                if (Output.Contains(text, StringComparison.Ordinal))
                {
                    return;
                }

                throw new InvalidOperationException($"The self-host exited with code {_process.ExitCode} before writing '{text}'. Output:{Environment.NewLine}{Output}");
            }

            if (stopwatch.Elapsed > timeout)
            {
                throw new InvalidOperationException($"The self-host did not write '{text}' within {timeout}. Output:{Environment.NewLine}{Output}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Simulates a crash: SIGKILL of the whole process tree, no cleanup.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    /// <summary>Graceful stop: SIGTERM, then waits for the exit (killing the process if it outlives <paramref name="timeout"/>).</summary>
    /// <returns>The exit code.</returns>
    public async Task<int> StopAsync(TimeSpan? timeout = null)
    {
        if (!_process.HasExited)
        {
            using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) } }))
            {
                await kill!.WaitForExitAsync();
            }

            using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
            try
            {
                await _process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                Kill();
                throw new TimeoutException($"The self-host did not stop within {timeout}. Output:{Environment.NewLine}{Output}");
            }
        }

        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        await ChildProcess.KillTreeAndDisposeAsync(_process);
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
