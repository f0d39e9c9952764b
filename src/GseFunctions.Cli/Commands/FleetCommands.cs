using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GseFunctions.Cli.Http;
using static GseFunctions.Cli.Commands.RolloutCommands;

namespace GseFunctions.Cli.Commands;

/// <summary><c>gsef fleet list|show</c> over <c>/api/fleets</c>.</summary>
internal static class FleetCommands
{
    public static Command Create()
    {
        var fleet = new Command("fleet", "Fleets as GSE reports them: status, capacity, live sessions, the aliases routing to them");
        fleet.Subcommands.Add(List());
        fleet.Subcommands.Add(Show());
        return fleet;
    }

    private static Command List()
    {
        var offset = new Option<int?>("--offset") { Description = "Skip this many" };
        var limit = new Option<int?>("--limit") { Description = "At most this many" };
        var command = new Command("list", "List fleets (GET /api/fleets)") { offset, limit };
        CliRunner.SetAction(command, async (cli, ct) =>
        {
            var answer = await cli.Api.GetAsync("api/fleets" + Query(("offset", cli.Value(offset)?.ToString(CultureInfo.InvariantCulture)), ("limit", cli.Value(limit)?.ToString(CultureInfo.InvariantCulture))), ct);
            if (cli.Out.Json)
            {
                cli.Out.WriteJson(answer.Body);
                return ExitCodes.Succeeded;
            }

            cli.Out.Table(["Fleet", "Name", "Status", "Instances", "Live sessions", "Free", "Aliases"], answer.Body.Items("items").Select(Row));
            cli.Out.Line($"{answer.Body.Int("totalCount")} in all");
            return ExitCodes.Succeeded;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("fleetId") { Description = "The fleet id" };
        var command = new Command("show", "Show a fleet (GET /api/fleets/{fleetId})") { id };
        CliRunner.SetAction(command, async (cli, ct) =>
        {
            var answer = await cli.Api.GetAsync($"api/fleets/{Escape(cli.Required(id))}", ct);
            if (cli.Out.Json)
            {
                cli.Out.WriteJson(answer.Body);
                return ExitCodes.Succeeded;
            }

            var f = answer.Body;
            var capacity = f.Get("capacity");
            cli.Out.Fields(
            [
                ("Fleet", f.Text("fleetId")),
                ("Name", f.Text("name")),
                ("Description", f.Text("description")),
                ("Status", f.Text("status")),
                ("Asset", f.Text("assetId")),
                ("Capacity", capacity is { } c ? $"min {c.Text("minSize")}, desired {c.Text("desiredInstances")}, max {c.Text("maxSize")}" : null),
                ("Instances", f.Text("instances")),
                ("Live sessions", f.Text("liveSessions")),
                ("Free processes", f.Text("availableSessions")),
                ("Protection", f.Text("protectionPolicy")),
                ("Aliases", Aliases(f)),
                ("Read at", f.Text("readAt")),
            ]);
            return ExitCodes.Succeeded;
        });
        return command;
    }

    private static IReadOnlyList<string?> Row(JsonElement f) =>
        [f.Text("fleetId"), f.Text("name"), f.Text("status"), f.Text("instances"), f.Text("liveSessions"), f.Text("availableSessions"), Aliases(f)];

    private static string Aliases(JsonElement f) =>
        string.Join(", ", f.Items("aliases").Select(a => a.Text("name") is { } name ? $"{name} ({a.Text("aliasId")})" : a.Text("aliasId")));
}
