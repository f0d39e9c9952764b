using System.Diagnostics;
using GseFunctions.SelfHost.Durable;
using GseFunctions.SelfHost.Tests.TestTasks;
using GseFunctions.Testing;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace GseFunctions.SelfHost.Tests.Durable;

/// <summary>The backend end to end through in-process hosts against Azurite (one Azurite for this class).</summary>
public sealed class DurableBackendTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private AzuriteServer _azurite = null!;

    public async Task InitializeAsync() => _azurite = await AzuriteServer.StartAsync();

    public async Task DisposeAsync() => await _azurite.DisposeAsync();

    [Fact]
    public async Task Orchestration_WithActivityTimerAndExternalEvent_Completes()
    {
        var stopwatch = Stopwatch.StartNew();
        await using var host = await DurableTestHost.StartAsync(_azurite.ConnectionString, "RoundTrip", TestTaskRegistry.Register, configure: Log);
        output.WriteLine($"host start: {stopwatch.Elapsed}");

        stopwatch.Restart();
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ApprovalOrchestrator), "fleet 2");
        await WaitForCustomStatusAsync(host.Client, id);
        output.WriteLine($"activity + timer: {stopwatch.Elapsed}");
        await host.Client.RaiseEventAsync(id, ApprovalOrchestrator.ApprovalEvent, "approved");
        using var cts = new CancellationTokenSource(Patience);
        var done = await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cts.Token);
        output.WriteLine($"round trip: {stopwatch.Elapsed}");

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("Hello, fleet 2; approved", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task ClientOnlyHost_SchedulesOrchestration_ThatWorkerHostExecutes()
    {
        await using var client = await DurableTestHost.StartAsync(_azurite.ConnectionString, "Split", TestTaskRegistry.Register, DurableBackendRole.ClientOnly);
        Assert.DoesNotContain(client.Services.GetServices<IHostedService>(), s => s is DurableTaskWorker);

        var id = await client.Client.ScheduleNewOrchestrationInstanceAsync(nameof(GreetOrchestrator), "client");
        await Task.Delay(TimeSpan.FromSeconds(2));
        var pending = await client.Client.GetInstanceAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Pending, pending!.RuntimeStatus);

        await using var worker = await DurableTestHost.StartAsync(_azurite.ConnectionString, "Split", TestTaskRegistry.Register);
        using var cts = new CancellationTokenSource(Patience);
        var done = await client.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cts.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("Hello, client", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task GracefulStop_AfterWork_CompletesWithinBound()
    {
        var host = await DurableTestHost.StartAsync(_azurite.ConnectionString, "Stop", TestTaskRegistry.Register, configure: Log);
        try
        {
            var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(GreetOrchestrator), "stop");
            using var cts = new CancellationTokenSource(Patience);
            await host.Client.WaitForInstanceCompletionAsync(id, cts.Token);

            var stopwatch = Stopwatch.StartNew();
            await host.StopAsync();
            output.WriteLine($"graceful stop: {stopwatch.Elapsed}");
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(8), $"stop took {stopwatch.Elapsed}");
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private void Log(IHostApplicationBuilder builder)
    {
        builder.Logging.AddProvider(new TestOutputLoggerProvider(output));
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("DurableTask.AzureStorage", LogLevel.Information);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
    }

    private static async Task WaitForCustomStatusAsync(DurableTaskClient client, string id)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < Patience)
        {
            var state = await client.GetInstanceAsync(id, getInputsAndOutputs: true);
            if (state?.SerializedCustomStatus is not null)
            {
                return;
            }

            await Task.Delay(100);
        }

        var last = await client.GetInstanceAsync(id, getInputsAndOutputs: true);
        throw new TimeoutException($"Instance {id} never reached its external-event wait: {last?.RuntimeStatus}, custom status {last?.SerializedCustomStatus}.");
    }
}
