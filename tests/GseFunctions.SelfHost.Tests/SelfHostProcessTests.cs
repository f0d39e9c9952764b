using System.Diagnostics;
using System.Net;
using GseFunctions.SelfHost.Tests.TestTasks;
using GseFunctions.Testing;
using Microsoft.DurableTask.Client;
using Xunit.Abstractions;

namespace GseFunctions.SelfHost.Tests;

/// <summary>The built self-host as a real process against Azurite: start, serve, graceful stop, crash.</summary>
public sealed class SelfHostProcessTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Hub = "ProcessHub";
    private AzuriteServer _azurite = null!;

    public async Task InitializeAsync() => _azurite = await AzuriteServer.StartAsync();

    public async Task DisposeAsync() => await _azurite.DisposeAsync();

    [Fact]
    public async Task SelfHost_StartsServesAndStopsGracefully()
    {
        var stopwatch = Stopwatch.StartNew();
        await using var process = await SelfHostProcess.StartAsync(Environment(Hub));
        output.WriteLine($"process ready: {stopwatch.Elapsed}");

        using var http = new HttpClient { BaseAddress = process.Url };
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri("/nothing-here", UriKind.Relative))).StatusCode);

        stopwatch.Restart();
        var exitCode = await process.StopAsync(TimeSpan.FromSeconds(15));
        output.WriteLine($"graceful stop: {stopwatch.Elapsed}");

        Assert.Equal(0, exitCode);
        Assert.Contains("leases released", process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelfHost_WithInvalidHubName_ExitsNamingTheKey()
    {
        var environment = Environment(Hub);
        environment["AzureFunctionsJobHost__extensions__durableTask__hubName"] = "x";
        await using var process = await SelfHostProcess.StartAsync(environment, readyLine: null);

        await process.WaitForOutputAsync("extensions:durableTask:hubName: 'x' is not a valid task hub name", TimeSpan.FromSeconds(30));
        Assert.DoesNotContain(AzuriteServer.AccountKey, process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crash_OfTheLeaseHolder_AnotherWorkerTakesOverAfterLeaseExpiry()
    {
        // The self-host registers only the rollout tasks; it is here to hold the partition lease when it dies.
        await using var crashed = await SelfHostProcess.StartAsync(Environment("CrashHub"));
        await crashed.WaitForOutputAsync("Successfully acquired", TimeSpan.FromSeconds(30));
        crashed.Kill();
        var killedAt = Stopwatch.StartNew();

        await using var worker = await DurableTestHost.StartAsync(_azurite.ConnectionString, "CrashHub", TestTaskRegistry.Register);
        var id = await worker.Client.ScheduleNewOrchestrationInstanceAsync(nameof(GreetOrchestrator), "after crash");
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(40));
        var done = await worker.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cts.Token);
        output.WriteLine($"kill -9 to completion on a new worker: {killedAt.Elapsed}");

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
    }

    private Dictionary<string, string?> Environment(string hub) => new()
    {
        ["AzureWebJobsStorage"] = _azurite.ConnectionString,
        ["AzureFunctionsJobHost__extensions__durableTask__hubName"] = hub,
        ["AzureFunctionsJobHost__extensions__durableTask__storageProvider__partitionCount"] = "1",
        ["AzureFunctionsJobHost__extensions__durableTask__storageProvider__maxQueuePollingInterval"] = "00:00:01",
        ["DurableTask__LeaseInterval"] = "00:00:04",
        ["DurableTask__LeaseRenewInterval"] = "00:00:01",
        ["DurableTask__LeaseAcquireInterval"] = "00:00:01",
        ["DurableTask__ShutdownTimeout"] = "00:00:10",
        ["Logging__LogLevel__DurableTask.AzureStorage"] = "Information",
        ["Gse__Endpoint"] = "http://127.0.0.1:9/",
        ["Gse__SecretId"] = "AKIDTest",
        ["Gse__SecretKey"] = "TestKey",
        ["Gse__Region"] = "ap-shanghai",
    };
}
