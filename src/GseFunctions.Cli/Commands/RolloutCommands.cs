using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using GseFunctions.Cli.Http;
using GseFunctions.Cli.Watching;

namespace GseFunctions.Cli.Commands;

/// <summary><c>gsef rollout start|status|watch|approve|abort|rollback|list</c> over <c>/api/rollouts</c>.</summary>
internal static class RolloutCommands
{
    private static readonly Option<double> Interval = new("--interval")
    {
        Description = "Seconds between two status reads while following a rollout (0.1–60, default 2)",
        DefaultValueFactory = _ => 2,
    };

    public static Command Create()
    {
        Interval.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is < 0.1 or > 60 or double.NaN)
            {
                r.AddError("--interval must be between 0.1 and 60 seconds.");
            }
        });
        var rollout = new Command("rollout", "Start, follow and steer rollouts (move an alias to a new fleet without downtime)");
        rollout.Subcommands.Add(Start());
        rollout.Subcommands.Add(Status());
        rollout.Subcommands.Add(Watch());
        rollout.Subcommands.Add(Event("approve", "Approve a rollout waiting in AwaitingApproval (an early approve is kept)"));
        rollout.Subcommands.Add(Event("abort", "Abort: before the switch the alias is untouched; after it, acts as rollback"));
        rollout.Subcommands.Add(Event("rollback", "Roll back: the alias returns to the old fleet (ignored once retiring has begun)"));
        rollout.Subcommands.Add(List());
        return rollout;
    }

    private static Command Start()
    {
        var request = new RolloutRequestOptions();
        var idempotencyKey = new Option<string?>("--idempotency-key") { Description = "Starting the same request with the same key answers the first rollout" };
        var wait = new Option<bool>("--wait") { Description = "Follow the rollout until it ends; the exit code is its outcome" };
        var command = new Command("start", "Start a rollout (POST /api/rollouts)");
        request.AddTo(command);
        command.Options.Add(idempotencyKey);
        command.Options.Add(wait);
        command.Options.Add(Interval);
        CliRunner.SetAction(command, async (cli, ct) =>
        {
            var body = request.Build(cli.Parse);
            if (cli.Value(idempotencyKey) is { } key)
            {
                body["idempotencyKey"] = key;
            }

            var started = await cli.Api.PostAsync("api/rollouts", body, ct);
            var id = started.Body.Text("id") ?? throw new CliFailure("POST /api/rollouts answered without a rollout id.");
            if (!cli.Value(wait))
            {
                if (cli.Out.Json)
                {
                    cli.Out.WriteJson(started.Body);
                }
                else
                {
                    cli.Out.Line($"Rollout {id} started: alias {body["aliasId"]} → {Target(body)}.");
                    cli.Out.Line($"Follow it: gsef rollout watch {id}");
                }

                return ExitCodes.Succeeded;
            }

            cli.Out.Progress($"Rollout {id} started: alias {body["aliasId"]} → {Target(body)}; following it.");
            return await RolloutWatcher.WatchAsync(cli, id, Seconds(cli.Value(Interval)), ct);
        });
        return command;
    }

    private static Command Status()
    {
        var id = IdArgument();
        var command = new Command("status", "Show a rollout once (GET /api/rollouts/{id}); exit 0 whatever its state") { id };
        CliRunner.SetAction(command, async (cli, ct) =>
        {
            var answer = await cli.Api.GetAsync($"api/rollouts/{Escape(cli.Required(id))}", ct);
            if (cli.Out.Json)
            {
                cli.Out.WriteJson(answer.Body);
                return ExitCodes.Succeeded;
            }

            var s = RolloutSnapshot.Parse(answer.Body);
            cli.Out.Fields(
            [
                ("Rollout", s.RolloutId),
                ("Runtime status", s.RuntimeStatus),
                ("Phase", s.Phase + (s.DrainOverdue ? " (drain overdue)" : "")),
                ("Alias", s.AliasId),
                ("Message", s.Message),
                ("Outcome", s.Outcome),
                ("Alias now on", s.AliasFleetId),
                ("Reason", s.Reason),
                ("Failure", s.Failure),
                ("Created", answer.Body.Text("createdTime")),
                ("Last updated", answer.Body.Text("lastUpdatedTime")),
                ("Elapsed", PlainProgress.Elapsed(s, cli.Time)),
            ]);
            cli.Out.Table(
                ["Fleet", "Role", "Status", "Instances", "Live sessions", "Free processes"],
                s.Fleets.Select(f => (IReadOnlyList<string?>)[f.FleetId, f.Role, f.Status, Number(f.Instances), Number(f.LiveSessions), Number(f.AvailableSessions)]));
            return ExitCodes.Succeeded;
        });
        return command;
    }

    private static Command Watch()
    {
        var id = IdArgument();
        var command = new Command("watch", "Follow a rollout until it ends: exit 0 completed, 1 failed / rolled back / aborted") { id };
        command.Options.Add(Interval);
        CliRunner.SetAction(command, (cli, ct) => RolloutWatcher.WatchAsync(cli, cli.Required(id), Seconds(cli.Value(Interval)), ct));
        return command;
    }

    private static Command Event(string name, string description)
    {
        var id = IdArgument();
        var command = new Command(name, $"{description} (POST /api/rollouts/{{id}}/{name})") { id };
        CliRunner.SetAction(command, async (cli, ct) =>
        {
            var answer = await cli.Api.PostAsync($"api/rollouts/{Escape(cli.Required(id))}/{name}", null, ct);
            if (cli.Out.Json)
            {
                cli.Out.WriteJson(answer.Body);
            }
            else
            {
                cli.Out.Line($"Event '{answer.Body.Text("event") ?? name}' raised on rollout {answer.Body.Text("rolloutId") ?? cli.Required(id)}.");
            }

            return ExitCodes.Succeeded;
        });
        return command;
    }

    private static Command List()
    {
        var alias = new Option<string?>("--alias") { Description = "Only this alias's rollouts" };
        var status = new Option<string?>("--status") { Description = "Durable runtime statuses, comma-separated (Running,Completed,…)" };
        var from = new Option<string?>("--created-from") { Description = "ISO 8601, inclusive" };
        var to = new Option<string?>("--created-to") { Description = "ISO 8601, inclusive" };
        var top = new Option<int?>("--top") { Description = "Page size (1–500, default 100)" };
        var token = new Option<string?>("--continuation-token") { Description = "The next page's token from the previous page" };
        var command = new Command("list", "List rollouts (GET /api/rollouts)") { alias, status, from, to, top, token };
        CliRunner.SetAction(command, async (cli, ct) =>
        {
            var query = Query(("aliasId", cli.Value(alias)), ("runtimeStatus", cli.Value(status)), ("createdFrom", cli.Value(from)), ("createdTo", cli.Value(to)),
                ("top", cli.Value(top)?.ToString(CultureInfo.InvariantCulture)), ("continuationToken", cli.Value(token)));
            var answer = await cli.Api.GetAsync("api/rollouts" + query, ct);
            if (cli.Out.Json)
            {
                cli.Out.WriteJson(answer.Body);
                return ExitCodes.Succeeded;
            }

            cli.Out.Table(
                ["Rollout", "Alias", "Runtime status", "Phase", "Outcome", "Created"],
                answer.Body.Items("items").Select(i => (IReadOnlyList<string?>)[i.Text("rolloutId"), i.Text("aliasId"), i.Text("runtimeStatus"), i.Text("phase"), i.Text("outcome"), i.Text("createdTime")]));
            if (answer.Body.Text("continuationToken") is { Length: > 0 } next)
            {
                cli.Out.Line($"More: --continuation-token {next}");
            }

            return ExitCodes.Succeeded;
        });
        return command;
    }

    internal static Argument<string> IdArgument() => new("id") { Description = "The rollout id" };

    internal static string Escape(string segment) => Uri.EscapeDataString(segment);

    internal static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A query string of the given (name, value) pairs, leaving out null values.</summary>
    internal static string Query(params (string Name, string? Value)[] pairs)
    {
        var given = pairs.Where(p => p.Value is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToList();
        return given.Count == 0 ? "" : "?" + string.Join('&', given);
    }

    private static TimeSpan Seconds(double seconds) => TimeSpan.FromSeconds(seconds);

    private static string Target(JsonObject body) =>
        body["fleetId"] is { } fleet ? $"fleet {fleet}" : $"a new fleet of asset {body["newFleet"]?["assetId"]}";
}
