using System.Diagnostics;

namespace GseFunctions.Demo.Stack;

/// <summary>
/// A process the demo started, with its recent output kept (not printed: it is shown only when something fails).
/// Disposing it kills the process tree and waits for the exit, so its ports are free afterwards.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private const int KeptLines = 200;

    private readonly Process _process;
    private readonly Queue<string> _lines = new();

    // The exit code once disposed (the Process object answers nothing after Dispose, yet a stack that failed to start
    // is stopped before its failing process is reported); null while not disposed or when the exit was not observed.
    private int? _exitCodeAfterDispose;
    private bool _disposed;

    private ChildProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    /// <summary>What the process is, e.g. "Azurite".</summary>
    public string Name { get; }

    public int Id => _process.Id;

    public bool HasExited => _disposed || _process.HasExited;

    /// <summary>The exit code; -1 for a process disposed before its exit was observed.</summary>
    public int ExitCode => _disposed ? _exitCodeAfterDispose ?? -1 : _process.ExitCode;

    /// <summary>Starts <paramref name="start"/> with its output captured.</summary>
    /// <exception cref="InvalidOperationException">The process could not be started.</exception>
    public static ChildProcess Start(string name, ProcessStartInfo start)
    {
        ArgumentNullException.ThrowIfNull(start);
        start.UseShellExecute = false;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {name} ({start.FileName}).");
        var child = new ChildProcess(name, process);
        process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The last <paramref name="count"/> lines the process wrote (stdout and stderr).</summary>
    public IReadOnlyList<string> Tail(int count = 40)
    {
        lock (_lines)
        {
            return _lines.Skip(Math.Max(0, _lines.Count - count)).ToList();
        }
    }

    /// <summary>Writes what went wrong with this process (exit code if it exited, then its last lines) to <paramref name="output"/>.</summary>
    public void Report(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(HasExited ? $"--- {Name} (exited with code {ExitCode}), last output:" : $"--- {Name} (running), last output:");
        foreach (var line in Tail())
        {
            output.WriteLine("    " + line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (OperationCanceledException)
        {
            // Killed but the exit was not observed in time; nothing more can be done.
        }

        try
        {
            _exitCodeAfterDispose = _process.HasExited ? _process.ExitCode : null;
        }
        catch (InvalidOperationException)
        {
            // Never associated or already released: no code to keep.
        }

        _disposed = true;
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Enqueue(line);
            if (_lines.Count > KeptLines)
            {
                _lines.Dequeue();
            }
        }
    }
}
