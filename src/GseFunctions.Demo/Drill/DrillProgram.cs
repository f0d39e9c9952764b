using GseFunctions.Demo.Stack;

namespace GseFunctions.Demo.Drill;

/// <summary><c>scripts/drill.sh [options]</c> (the demo program's <c>drill</c> mode): see <see cref="DrillOptions.Usage"/>.</summary>
internal static class DrillProgram
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = DrillOptions.Parse(args, out var error);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(error);
            await Console.Error.WriteLineAsync(DrillOptions.Usage);
            return 2;
        }

        if (options.ShowHelp)
        {
            Console.WriteLine(DrillOptions.Usage);
            return 0;
        }

        var keys = StackKeys.Resolve(Environment.GetEnvironmentVariable, out var keyError);
        var layout = RepositoryLayout.Locate(options.Configuration);
        var problem = keyError ?? layout.Missing() ?? options.AllPorts.Select(PortCheck.FirstBusy).FirstOrDefault(p => p is not null);
        if (keys is null || problem is not null)
        {
            await Console.Error.WriteLineAsync($"drill: {problem}");
            return 3;
        }

        using var signals = new SignalCancellation();
        return await new DrillRunner(options, keys, layout, new DemoConsole(Console.Out)).RunAsync(signals);
    }
}
