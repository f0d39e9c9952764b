using System.Diagnostics;
using GseFunctions.Testing;

namespace GseFunctions.Cli.Tests;

/// <summary>
/// Runs the built tool (<c>dotnet GseFunctions.Cli.dll …</c>, the configuration the tests were built in) as a child
/// process with its stdout redirected, as a CI step runs it, and returns its exit code and output.
/// </summary>
public static class GsefProcess
{
    public static string DllPath
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Debug";
            return Path.Combine(RepositoryPaths.Root, "src", "GseFunctions.Cli", "bin", configuration, "net10.0", "GseFunctions.Cli.dll");
        }
    }

    /// <summary>
    /// Runs <c>gsef <paramref name="args"/></c> on a pseudo-terminal (util-linux <c>script</c>), so stdout is a terminal
    /// as in an interactive shell; the exit code is gsef's, the output what the terminal received.
    /// </summary>
    public static Task<GsefRun> RunInTerminalAsync(IReadOnlyDictionary<string, string?> environment, IReadOnlyList<string> args, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var command = string.Join(' ', new[] { "dotnet", DllPath }.Concat(args).Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        return RunAsync(environment, ["-qec", command, "/dev/null"], timeout, fileName: "script");
    }

    /// <summary>Runs <c>gsef <paramref name="args"/></c> with <paramref name="environment"/> (GSEF_URL, GSEF_KEY …) and waits for it.</summary>
    /// <exception cref="TimeoutException">It did not exit within <paramref name="timeout"/> (default 90 s); it is killed.</exception>
    public static async Task<GsefRun> RunAsync(IReadOnlyDictionary<string, string?> environment, IReadOnlyList<string> args, TimeSpan? timeout = null, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(args);
        var start = new ProcessStartInfo(fileName ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (fileName is null)
        {
            start.ArgumentList.Add(DllPath);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("GSEF_URL");
        start.Environment.Remove("GSEF_KEY");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start gsef.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"gsef {string.Join(' ', args)} did not exit in time. Output so far:\n{await stdout}\n{await stderr}");
        }

        return new GsefRun(process.ExitCode, await stdout, await stderr, string.Join(' ', args));
    }
}
