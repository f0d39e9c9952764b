using GseFunctions.Demo.Api;
using GseFunctions.Demo.Chart;
using GseFunctions.Demo.Seeding;
using GseFunctions.Demo.Stack;
using GseFunctions.Demo.Traffic;
using GseFunctions.Demo.Up;
using GseFunctions.Demo.Walkthrough;
using GseFunctions.Gse;
using Microsoft.Extensions.DependencyInjection;

namespace GseFunctions.Demo;

/// <summary>
/// One run of the demo: brings the stack up, seeds it, then runs the rollout walkthrough or stays up. Whatever happens
/// (success, failure, Ctrl-C), every process it started is stopped before it returns the exit code.
/// </summary>
internal sealed class DemoRunner(DemoOptions options, StackKeys keys, RepositoryLayout layout, DemoConsole console)
{
    public const int Succeeded = 0;
    public const int Failed = 1;

    public Task<int> RunAsync(SignalCancellation signals)
    {
        console.Say(options.Mode == DemoMode.Up
            ? "GseFunctions: bringing up the local stack (Ctrl-C stops everything)…"
            : $"GseFunctions demo: a zero-downtime rollout of the seed scenario through the HTTP API (local GSE clock {options.TimeScale}x). Ctrl-C stops everything.");
        return StackRun.GuardAsync(
            "demo",
            signals,
            console,
            ct => LocalStack.StartAsync(layout, options.Ports, keys, options.TimeScale, console.Say, ct),
            RunOnStackAsync);
    }

    private async Task<int> RunOnStackAsync(LocalStack stack, CancellationToken cancellationToken)
    {
        await using var provider = StackRun.LocalGseServices(stack.LocalGseUri);
        var gse = provider.GetRequiredService<GseClient>();
        var seed = await new SeedScenario(gse, options.TimeScale, console.Say).CreateAsync(FleetSizing.For(options.SessionsPerMinute), cancellationToken);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        var api = new SelfHostApi(http, stack.SelfHostUri, keys.MasterKey, keys.FunctionKey);
        await using var traffic = new PlayerTraffic(api, seed.AliasId, options.SessionsPerMinute * options.TimeScale / 60);
        if (options.Mode == DemoMode.Up)
        {
            await new UpMode(stack, seed, traffic, console).RunAsync(cancellationToken);
            return Succeeded;
        }

        var walkthrough = new RolloutWalkthrough(api, gse, seed, traffic, console, options.TimeScale);
        var summary = await walkthrough.RunAsync(cancellationToken);
        SummaryReport.Print(summary, console);
        if (options.SummaryJsonPath is { } path)
        {
            await SummaryReport.WriteJsonAsync(summary, path, cancellationToken);
            console.Plain($"Summary written to {Path.GetFullPath(path)}");
        }

        if (options.EffectiveChartPath is { } chartPath)
        {
            var chart = CrossoverChart.Build(
                walkthrough.Crossover.Samples,
                $"Rollout {summary.RolloutId}: live sessions per fleet ({summary.Outcome ?? summary.RolloutStatus})",
                $"fleet 1 (old) {seed.Fleet1}",
                $"fleet 2 (new) {seed.Fleet2}");
            await CrossoverChart.WriteAsync(chart, chartPath, cancellationToken);
            console.Plain($"Crossover chart written to {Path.GetFullPath(chartPath)}");
        }

        if (!summary.Succeeded)
        {
            stack.Report(console.Output);
        }

        return summary.Succeeded ? Succeeded : Failed;
    }
}
