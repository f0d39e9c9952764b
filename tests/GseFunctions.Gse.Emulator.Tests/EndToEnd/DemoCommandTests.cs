using System.Diagnostics;
using System.Text.Json;
using GseFunctions.Testing;

namespace GseFunctions.Gse.Emulator.Tests.EndToEnd;

/// <summary>
/// Runs the README's main job as a process — the built demo, exactly as <c>scripts/demo.sh</c> starts it
/// (which first builds it) — and checks the summary it writes: the seed scenario end to end with a real local
/// GSE child process and simulated traffic, no failed session creation, fleet 1 drained and scaled in.
/// </summary>
public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_RunsTheSeedScenarioEndToEnd_AndWritesASuccessfulSummary()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<configuration>/net10.0/
        var demo = Path.Combine(RepositoryPaths.Root, "src", "GseFunctions.Demo", "bin", configuration, "net10.0", "GseFunctions.Demo.dll");
        Assert.True(File.Exists(demo), $"the demo is built with the solution: {demo}");
        var summaryPath = Path.Combine(Path.GetTempPath(), $"gse-demo-{Guid.NewGuid():N}.json");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { demo, "--configuration", configuration, "--time-scale", "120", "--summary-json", summaryPath },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the demo did not finish within 3 minutes:\n" + await output);
        }

        var log = await output + await errors;
        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}:\n{log}");
        try
        {
            using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(summaryPath));
            var root = summary.RootElement;
            Assert.Equal("Succeeded", root.GetProperty("outcome").GetString());
            Assert.Equal(0, root.GetProperty("failedSessionCreations").GetInt32());
            Assert.True(root.GetProperty("sessionsCreated").GetInt32() > 10, log);
            Assert.True(root.GetProperty("sessionsByFleet").GetProperty("fleet 2").GetInt32() > 0, "traffic reached fleet 2 after the repoint");
            Assert.Equal(root.GetProperty("newFleetId").GetString(), root.GetProperty("aliasFleetId").GetString());
            Assert.NotEqual(root.GetProperty("oldFleetId").GetString(), root.GetProperty("newFleetId").GetString());
            Assert.Equal(0, root.GetProperty("oldFleetInstances").GetInt32());
            Assert.Equal(0, root.GetProperty("oldFleetLiveSessions").GetInt32());
            Assert.All(root.GetProperty("checks").EnumerateArray(), c => Assert.True(c.GetProperty("passed").GetBoolean(), c.GetProperty("name").GetString()));
            Assert.Contains("Outcome:                  Succeeded", log, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(summaryPath);
        }
    }
}
