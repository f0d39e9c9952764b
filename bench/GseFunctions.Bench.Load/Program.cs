using GseFunctions.Bench.Load;
using GseFunctions.Bench.Load.Reporting;
using GseFunctions.Bench.Load.Scenarios;
using GseFunctions.Bench.Load.Stack;
using GseFunctions.Bench.Rollouts.Storage;

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

var loadAtStart = MachineLoad.OneMinute();
await using var storage = await CountingStorage.StartAsync("BenchScale");
switch (options.Command)
{
    case "load":
        var load = await ZeroDowntimeScenario.RunAsync(options, storage, Console.Error);
        ZeroDowntimeScenario.Write(load, Console.Out);
        await WriteJsonAsync(load);
        break;
    case "overhead":
        var overhead = await OverheadScenario.RunAsync(options, storage, Console.Error);
        OverheadScenario.Write(overhead, Console.Out);
        await WriteJsonAsync(overhead);
        break;
    default:
        var scale = await ManyRolloutsScenario.RunAsync(options, storage, Console.Error);
        ManyRolloutsScenario.Write(scale, Console.Out);
        await WriteJsonAsync(scale);
        break;
}

return 0;

async Task WriteJsonAsync<T>(T report)
{
    var loadAtEnd = MachineLoad.OneMinute();
    Console.Out.WriteLine($"Machine load average (1 min): {loadAtStart:0.0} at the start, {loadAtEnd:0.0} at the end, on {Environment.ProcessorCount} CPUs.");
    if (options.JsonPath is { } path)
    {
        await BenchJson.WriteAsync(new { loadAverageAtStart = loadAtStart, loadAverageAtEnd = loadAtEnd, processors = Environment.ProcessorCount, report }, path);
        Console.Error.WriteLine($"Wrote {path}");
    }
}
