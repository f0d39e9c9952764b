using System.CommandLine;

namespace GseFunctions.Cli.Commands;

/// <summary>The command tree: <c>gsef rollout|alias|session|fleet|schedule …</c> with the global options.</summary>
internal static class CliCommands
{
    public static RootCommand Create()
    {
        var root = new RootCommand("gsef: zero-downtime GSE releases through the GseFunctions HTTP API. Exit codes: 0 completed, 1 failed / rolled back / aborted, 2 bad input, 3 unreachable or unauthorized, 4 another rollout holds the alias.");
        root.Options.Add(GlobalOptions.Url);
        root.Options.Add(GlobalOptions.Key);
        root.Options.Add(GlobalOptions.Output);
        root.Subcommands.Add(RolloutCommands.Create());
        root.Subcommands.Add(AliasCommands.Create());
        root.Subcommands.Add(SessionCommands.Create());
        root.Subcommands.Add(FleetCommands.Create());
        root.Subcommands.Add(ScheduleCommands.Create());
        return root;
    }
}
