using System.Diagnostics;

namespace GseFunctions.Demo;

/// <summary>The demo's terminal output: each line stamped with the seconds since the demo started.</summary>
internal sealed class DemoConsole(TextWriter output)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public TimeSpan Elapsed => _clock.Elapsed;

    public TextWriter Output => output;

    public void Say(string line) => output.WriteLine($"[{_clock.Elapsed.TotalSeconds,6:0.0}s] {line}");

    /// <summary>A line without a time stamp (summaries, examples).</summary>
    public void Plain(string line = "") => output.WriteLine(line);
}
