using GseFunctions.Demo;
using GseFunctions.Demo.Drill;
using GseFunctions.Demo.Stack;

// scripts/drill.sh [options] runs the demo program as "drill [options]": see DrillOptions.Usage.
if (args is ["drill", .. var drillArgs])
{
    return await DrillProgram.RunAsync(drillArgs);
}

// scripts/demo.sh [up] [options]: see DemoOptions.Usage.
var options = DemoOptions.Parse(args, out var error);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(DemoOptions.Usage);
    return 2;
}

if (options.ShowHelp)
{
    Console.WriteLine(DemoOptions.Usage);
    return 0;
}

var keys = StackKeys.Resolve(Environment.GetEnvironmentVariable, out var keyError);
var layout = RepositoryLayout.Locate(options.Configuration);
var problem = keyError ?? layout.Missing() ?? PortCheck.FirstBusy(options.Ports);
if (keys is null || problem is not null)
{
    Console.Error.WriteLine($"demo: {problem}");
    return 3;
}

using var signals = new SignalCancellation();
return await new DemoRunner(options, keys, layout, new DemoConsole(Console.Out)).RunAsync(signals);
