using System.Diagnostics;
using System.Globalization;
using System.Text;
using GseFunctions.Testing;

namespace GseFunctions.Demo.Tests.Script;

/// <summary>
/// <c>scripts/demo.sh</c> run as the README documents it, in the tests' build configuration, with its output captured.
/// Disposing it kills whatever is left of its process tree.
/// </summary>
internal sealed class DemoScriptProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private DemoScriptProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public int ExitCode => _process.ExitCode;

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

    /// <summary>The configuration the tests were built in (bin/&lt;configuration&gt;/net10.0), which the demo is run in.</summary>
    public static string Configuration =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Debug";

    /// <summary>Starts <c>scripts/demo.sh</c> with <paramref name="arguments"/> and <c>--configuration</c>.</summary>
    public static DemoScriptProcess Start(params string[] arguments) => StartScript("demo.sh", arguments);

    /// <summary>Starts <c>scripts/<paramref name="script"/></c> (demo.sh, drill.sh) with <paramref name="arguments"/> and <c>--configuration</c>.</summary>
    public static DemoScriptProcess StartScript(string script, params string[] arguments)
    {
        // SIGINT at its default disposition, as for a foreground job in a terminal: a runner started in the background
        // (non-interactive shells ignore SIGINT there) would otherwise pass the ignored signal on to the demo.
        var start = new ProcessStartInfo("env")
        {
            ArgumentList = { "--default-signal=INT", "bash", Path.Combine(RepositoryPaths.Root, "scripts", script) },
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments.Concat(["--configuration", Configuration]))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start scripts/{script}.");
        var demo = new DemoScriptProcess(process);
        process.OutputDataReceived += (_, e) => demo.Append(e.Data);
        process.ErrorDataReceived += (_, e) => demo.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return demo;
    }

    /// <summary>Waits for the exit; kills the tree and throws (with the output) if it takes longer than <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"scripts/demo.sh did not exit within {timeout}. Output:{Environment.NewLine}{Output}");
        }
    }

    /// <summary>Waits until the output contains <paramref name="text"/>; throws (with the output) if the demo exits first or time runs out.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited || clock.Elapsed > timeout)
            {
                throw new InvalidOperationException($"scripts/demo.sh {(_process.HasExited ? $"exited ({_process.ExitCode})" : $"ran {timeout}")} without writing '{text}'. Output:{Environment.NewLine}{Output}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Asserts <paramref name="condition"/>; the failure message says <paramref name="what"/> and carries the demo's output.</summary>
    public void Require(bool condition, string what) =>
        Assert.True(condition, $"{what}. Demo output:{Environment.NewLine}{Output}");

    /// <summary>Sends SIGINT, as Ctrl-C does (the script has exec'd the demo, so the script's pid is the demo's).</summary>
    public void Interrupt()
    {
        using var kill = Process.Start("kill", ["-INT", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>Every process below the demo, from /proc.</summary>
    public IReadOnlyList<int> Descendants()
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && ProcFs.ParentOf(pid) is { } parent)
            {
                parents[pid] = parent;
            }
        }

        var found = new List<int>();
        var frontier = new Queue<int>([_process.Id]);
        while (frontier.TryDequeue(out var current))
        {
            foreach (var child in parents.Where(p => p.Value == current).Select(p => p.Key))
            {
                found.Add(child);
                frontier.Enqueue(child);
            }
        }

        return found;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
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
}
