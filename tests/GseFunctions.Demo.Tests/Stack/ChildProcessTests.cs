using System.Diagnostics;
using GseFunctions.Demo.Stack;
using GseFunctions.Testing;

namespace GseFunctions.Demo.Tests.Stack;

/// <summary>
/// A process that failed to start is reported after the stack has stopped it (the stack-start failure path): the
/// report must still give its exit code and last output, not throw because the process object was disposed.
/// </summary>
public sealed class ChildProcessTests
{
    [Fact]
    public async Task Report_AfterDispose_GivesTheExitCodeAndLastOutput()
    {
        var child = ChildProcess.Start("failing", new ProcessStartInfo("/bin/sh", ["-c", "echo started; echo refused >&2; exit 3"]));
        await Eventually.HoldsAsync(() => Task.FromResult(child.HasExited && child.Tail().Count == 2), TimeSpan.FromSeconds(20), "the process exited with its output read");
        await child.DisposeAsync();

        using var output = new StringWriter();
        child.Report(output);

        var text = output.ToString();
        Assert.Contains("--- failing (exited with code 3), last output:", text, StringComparison.Ordinal);
        Assert.Contains("    started", text, StringComparison.Ordinal);
        Assert.Contains("    refused", text, StringComparison.Ordinal);
        Assert.True(child.HasExited);
        Assert.Equal(3, child.ExitCode);
    }

    [Fact]
    public async Task Report_AfterDisposeOfARunningProcess_SaysItWasStopped()
    {
        var child = ChildProcess.Start("sleeper", new ProcessStartInfo("/bin/sh", ["-c", "echo up; exec sleep 60"]));
        await Eventually.HoldsAsync(() => Task.FromResult(child.Tail().Count == 1), TimeSpan.FromSeconds(20), "the process wrote its first line");
        await child.DisposeAsync();

        using var output = new StringWriter();
        child.Report(output);

        Assert.True(child.HasExited);
        Assert.Contains("--- sleeper (exited with code", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("    up", output.ToString(), StringComparison.Ordinal);
    }
}
