using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GseFunctions.Cli.Http;
using static GseFunctions.Cli.Commands.RolloutCommands;

namespace GseFunctions.Cli.Commands;

/// <summary><c>gsef session create|list</c> over <c>/api/sessions</c> (a function key is enough).</summary>
internal static class SessionCommands
{
    public static Command Create()
    {
        var session = new Command("session", "Game server sessions (function key or master key)");
        session.Subcommands.Add(CreateSession());
        session.Subcommands.Add(List());
        return session;
    }

    private static Command CreateSession()
    {
        var alias = new Option<string?>("--alias") { Description = "Create through this alias" };
        var fleet = new Option<string?>("--fleet") { Description = "Create on this fleet" };
        var players = new Option<int>("--max-players") { Description = "maximumPlayers (1–1000)", Required = true };
        var name = new Option<string?>("--name") { Description = "The session's name" };
        var creator = new Option<string?>("--creator-id") { Description = "creatorId" };
        var token = new Option<string?>("--idempotency-token") { Description = "The same token answers the first session" };
        var command = new Command("create", "Create a session (POST /api/sessions)") { alias, fleet, players, name, creator, token };
        ExactlyOne(command, alias, fleet);
        CliRunner.SetAction(command, async (cli, ct) =>
        {
            var body = new JsonObject { ["maximumPlayers"] = cli.Value(players) };
            Put(body, "aliasId", cli.Value(alias));
            Put(body, "fleetId", cli.Value(fleet));
            Put(body, "name", cli.Value(name));
            Put(body, "creatorId", cli.Value(creator));
            Put(body, "idempotencyToken", cli.Value(token));
            var answer = await cli.Api.PostAsync("api/sessions", body, ct);
            if (cli.Out.Json)
            {
                cli.Out.WriteJson(answer.Body);
                return ExitCodes.Succeeded;
            }

            var s = answer.Body;
            cli.Out.Fields(
            [
                ("Session", s.Text("gameServerSessionId")),
                ("Fleet", s.Text("fleetId")),
                ("Status", s.Text("status")),
                ("Address", $"{s.Text("ipAddress")}:{s.Text("port")}"),
                ("Players", $"{s.Text("currentPlayers")}/{s.Text("maximumPlayers")}"),
                ("Created", s.Text("creationTime")),
            ]);
            return ExitCodes.Succeeded;
        });
        return command;
    }

    private static Command List()
    {
        var alias = new Option<string?>("--alias") { Description = "The sessions of the fleet this alias routes to now" };
        var fleet = new Option<string?>("--fleet") { Description = "The sessions of this fleet" };
        var status = new Option<string?>("--status") { Description = "ACTIVE, ACTIVATING, TERMINATING, TERMINATED or ERROR" };
        var limit = new Option<int?>("--limit") { Description = "1–100" };
        var next = new Option<string?>("--next-token") { Description = "The next page's token" };
        var command = new Command("list", "List sessions (GET /api/sessions)") { alias, fleet, status, limit, next };
        ExactlyOne(command, alias, fleet);
        CliRunner.SetAction(command, async (cli, ct) =>
        {
            var answer = await cli.Api.GetAsync("api/sessions" + Query(("aliasId", cli.Value(alias)), ("fleetId", cli.Value(fleet)), ("statusFilter", cli.Value(status)),
                ("limit", cli.Value(limit)?.ToString(CultureInfo.InvariantCulture)), ("nextToken", cli.Value(next))), ct);
            if (cli.Out.Json)
            {
                cli.Out.WriteJson(answer.Body);
                return ExitCodes.Succeeded;
            }

            cli.Out.Table(["Session", "Fleet", "Status", "Players", "Created"], answer.Body.Items("items").Select(Row));
            if (answer.Body.Text("nextToken") is { Length: > 0 } token)
            {
                cli.Out.Line($"More: --next-token {token}");
            }

            return ExitCodes.Succeeded;
        });
        return command;
    }

    private static IReadOnlyList<string?> Row(JsonElement s) =>
        [s.Text("gameServerSessionId"), s.Text("fleetId"), s.Text("status"), $"{s.Text("currentPlayers")}/{s.Text("maximumPlayers")}", s.Text("creationTime")];

    private static void ExactlyOne(Command command, Option<string?> a, Option<string?> b) =>
        command.Validators.Add(r =>
        {
            if ((r.GetValue(a) is null) == (r.GetValue(b) is null))
            {
                r.AddError($"Give exactly one of {a.Name} and {b.Name}.");
            }
        });

    private static void Put(JsonObject body, string name, string? value)
    {
        if (value is not null)
        {
            body[name] = value;
        }
    }
}
