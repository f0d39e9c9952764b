using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GseFunctions.Cli.Http;
using static GseFunctions.Cli.Commands.RolloutCommands;

namespace GseFunctions.Cli.Commands;

/// <summary><c>gsef alias list|show|create|repoint</c> over <c>/api/aliases</c>.</summary>
internal static class AliasCommands
{
    public static Command Create()
    {
        var alias = new Command("alias", "Aliases: the stable names sessions are created through");
        alias.Subcommands.Add(List());
        alias.Subcommands.Add(Show());
        alias.Subcommands.Add(CreateAlias());
        alias.Subcommands.Add(Repoint());
        return alias;
    }

    private static Command List()
    {
        var name = new Option<string?>("--name") { Description = "Only aliases of this name" };
        var type = new Option<string?>("--routing-type") { Description = "SIMPLE or TERMINAL" };
        var offset = new Option<int?>("--offset") { Description = "Skip this many (default 0)" };
        var limit = new Option<int?>("--limit") { Description = "At most this many (1–200, default 100)" };
        var command = new Command("list", "List aliases (GET /api/aliases)") { name, type, offset, limit };
        CliRunner.SetAction(command, async (cli, ct) =>
        {
            var answer = await cli.Api.GetAsync("api/aliases" + Query(("name", cli.Value(name)), ("routingStrategyType", cli.Value(type)),
                ("offset", cli.Value(offset)?.ToString(CultureInfo.InvariantCulture)), ("limit", cli.Value(limit)?.ToString(CultureInfo.InvariantCulture))), ct);
            if (cli.Out.Json)
            {
                cli.Out.WriteJson(answer.Body);
                return ExitCodes.Succeeded;
            }

            cli.Out.Table(["Alias", "Name", "Routing", "Fleet / message", "Updated"], answer.Body.Items("items").Select(Row));
            cli.Out.Line($"{answer.Body.Int("totalCount")} in all");
            return ExitCodes.Succeeded;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("aliasId") { Description = "The alias id" };
        var command = new Command("show", "Show an alias (GET /api/aliases/{aliasId})") { id };
        CliRunner.SetAction(command, async (cli, ct) => Print(cli, await cli.Api.GetAsync($"api/aliases/{Escape(cli.Required(id))}", ct)));
        return command;
    }

    private static Command CreateAlias()
    {
        var name = new Option<string>("--name") { Description = "The alias's name", Required = true };
        var description = new Option<string?>("--description") { Description = "A description" };
        var routing = new RoutingOptions();
        var command = new Command("create", "Create an alias: SIMPLE to --fleet, or TERMINAL with --terminal-message (POST /api/aliases)") { name, description };
        routing.AddTo(command);
        CliRunner.SetAction(command, async (cli, ct) =>
        {
            var body = new JsonObject { ["name"] = cli.Value(name), ["routingStrategy"] = routing.Build(cli.Parse) };
            if (cli.Value(description) is { } d)
            {
                body["description"] = d;
            }

            return Print(cli, await cli.Api.PostAsync("api/aliases", body, ct));
        });
        return command;
    }

    private static Command Repoint()
    {
        var id = new Argument<string>("aliasId") { Description = "The alias id" };
        var force = new Option<bool>("--force") { Description = "Repoint even while a rollout holds the alias (it will point it where it wants)" };
        var routing = new RoutingOptions();
        var command = new Command("repoint", "Point an alias at another fleet, or make it TERMINAL (PATCH /api/aliases/{aliasId}); refused (exit 4) while a rollout holds it") { id, force };
        routing.AddTo(command);
        CliRunner.SetAction(command, async (cli, ct) =>
        {
            var path = $"api/aliases/{Escape(cli.Required(id))}" + (cli.Value(force) ? "?force=true" : "");
            return Print(cli, await cli.Api.PatchAsync(path, new JsonObject { ["routingStrategy"] = routing.Build(cli.Parse) }, ct));
        });
        return command;
    }

    private static int Print(CliContext cli, ApiAnswer answer)
    {
        if (cli.Out.Json)
        {
            cli.Out.WriteJson(answer.Body);
            return ExitCodes.Succeeded;
        }

        var a = answer.Body;
        var routing = a.Get("routingStrategy");
        cli.Out.Fields(
        [
            ("Alias", a.Text("aliasId")),
            ("Name", a.Text("name")),
            ("Description", a.Text("description")),
            ("Routing", routing?.Text("type")),
            ("Fleet", routing?.Text("fleetId")),
            ("Message", routing?.Text("message")),
            ("Created", a.Text("createdTime")),
            ("Updated", a.Text("lastUpdatedTime")),
        ]);
        return ExitCodes.Succeeded;
    }

    private static IReadOnlyList<string?> Row(JsonElement a)
    {
        var routing = a.Get("routingStrategy");
        return [a.Text("aliasId"), a.Text("name"), routing?.Text("type"), routing?.Text("fleetId") ?? routing?.Text("message"), a.Text("lastUpdatedTime")];
    }

    /// <summary><c>--fleet</c> (SIMPLE) or <c>--terminal-message</c> (TERMINAL): the routing strategy.</summary>
    private sealed class RoutingOptions
    {
        private readonly Option<string?> _fleet = new("--fleet") { Description = "Route to this fleet (SIMPLE)" };
        private readonly Option<string?> _message = new("--terminal-message") { Description = "Answer sessions with this message instead (TERMINAL)" };

        public void AddTo(Command command)
        {
            command.Options.Add(_fleet);
            command.Options.Add(_message);
            command.Validators.Add(r =>
            {
                if ((r.GetValue(_fleet) is null) == (r.GetValue(_message) is null))
                {
                    r.AddError("Give exactly one of --fleet and --terminal-message.");
                }
            });
        }

        public JsonObject Build(ParseResult parse) => parse.GetValue(_fleet) is { } fleet
            ? new JsonObject { ["type"] = "SIMPLE", ["fleetId"] = fleet }
            : new JsonObject { ["type"] = "TERMINAL", ["message"] = parse.GetValue(_message) };
    }
}
