using GseFunctions.Bench.Rollouts;
using GseFunctions.Bench.Rollouts.Reporting;
using GseFunctions.Bench.Rollouts.Scenarios;
using GseFunctions.Bench.Rollouts.Storage;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var scenarios = options.MatchMinutes
    .Select(m => new RolloutScenario($"existing {m:0.#}m", TimeSpan.FromMinutes(m), NewFleet: false))
    .Concat(options.NewFleetMatchMinutes > 0 ? [new RolloutScenario($"new fleet {options.NewFleetMatchMinutes:0.#}m", TimeSpan.FromMinutes(options.NewFleetMatchMinutes), NewFleet: true)] : [])
    .ToList();

await using var storage = await CountingStorage.StartAsync(ScenarioRunner.HubPrefix);
var runner = new ScenarioRunner(options, storage, Console.Error);
var results = new List<ScenarioResult>();
foreach (var scenario in scenarios)
{
    Console.Error.WriteLine($"{scenario.Name}: match {scenario.MatchLength} simulated ({scenario.RealMatchLength.TotalSeconds:0.#} s real)");
    results.Add(await runner.RunAsync(scenario, measureIdle: results.Count == 0));
}

var report = BenchReport.Of(options, results, TimeProvider.System.GetUtcNow());
TextReport.Write(report, Console.Out);
if (options.JsonPath is { } path)
{
    await JsonReport.WriteAsync(report, path);
    Console.Error.WriteLine($"Wrote {path}");
}

return 0;
