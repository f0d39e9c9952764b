using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GseFunctions.Cli.Http;
using static GseFunctions.Cli.Commands.RolloutCommands;

namespace GseFunctions.Cli.Commands;

/// <summary><c>gsef schedule create|list|show|delete</c> over <c>/api/schedules</c>.</summary>
internal static class ScheduleCommands
{
    public static Command Create()
    {
        var schedule = new Command("schedule", "Rollouts at a time (one-shot) or on a cron in a time zone");
        schedule.Subcommands.Add(CreateSchedule());
        schedule.Subcommands.Add(List());
        schedule.Subcommands.Add(Show());
        schedule.Subcommands.Add(Delete());
        return schedule;
    }

    private static Command CreateSchedule()
    {
        var id = new Option<string>("--id") { Description = "scheduleId (1–64 of A-Za-z0-9-_)", Required = true };
        var startAt = new Option<string?>("--start-at") { Description = "One-shot: ISO 8601 time" };
        var cron = new Option<string?>("--cron") { Description = "Recurring: 5 fields (or 6 with seconds)" };
        var timeZone = new Option<string?>("--time-zone") { Description = "IANA or Windows id for --cron (default UTC)" };
        var missed = new Option<string?>("--missed-occurrences") { Description = "RunOnce (default) or Skip" };
        var catchUp = new Option<string?>("--catch-up-window") { Description = "Default 01:00:00" };
        var request = new RolloutRequestOptions();
        var command = new Command("create", "Create a schedule (POST /api/schedules); the rollout is given as for rollout start") { id, startAt, cron, timeZone, missed, catchUp };
        request.AddTo(command);
        CliRunner.SetAction(command, async (cli, ct) =>
        {
            var body = new JsonObject { ["scheduleId"] = cli.Value(id), ["rollout"] = request.Build(cli.Parse) };
            foreach (var (name, value) in new[] { ("startAt", cli.Value(startAt)), ("cron", cli.Value(cron)), ("timeZone", cli.Value(timeZone)), ("missedOccurrences", cli.Value(missed)), ("catchUpWindow", cli.Value(catchUp)) })
            {
                if (value is not null)
                {
                    body[name] = value;
                }
            }

            return Print(cli, await cli.Api.PostAsync("api/schedules", body, ct));
        });
        return command;
    }

    private static Command List()
    {
        var top = new Option<int?>("--top") { Description = "Page size (1–1000, default 100)" };
        var token = new Option<string?>("--continuation-token") { Description = "The next page's token" };
        var command = new Command("list", "List schedules (GET /api/schedules)") { top, token };
        CliRunner.SetAction(command, async (cli, ct) =>
        {
            var answer = await cli.Api.GetAsync("api/schedules" + Query(("top", cli.Value(top)?.ToString(CultureInfo.InvariantCulture)), ("continuationToken", cli.Value(token))), ct);
            if (cli.Out.Json)
            {
                cli.Out.WriteJson(answer.Body);
                return ExitCodes.Succeeded;
            }

            cli.Out.Table(["Schedule", "When", "Time zone", "Alias", "Target", "Created"], answer.Body.Items("items").Select(Row));
            if (answer.Body.Text("continuationToken") is { Length: > 0 } next)
            {
                cli.Out.Line($"More: --continuation-token {next}");
            }

            return ExitCodes.Succeeded;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("scheduleId") { Description = "The schedule id" };
        var command = new Command("show", "Show a schedule with its next and last occurrences (GET /api/schedules/{id})") { id };
        CliRunner.SetAction(command, async (cli, ct) => Print(cli, await cli.Api.GetAsync($"api/schedules/{Escape(cli.Required(id))}", ct)));
        return command;
    }

    private static Command Delete()
    {
        var id = new Argument<string>("scheduleId") { Description = "The schedule id" };
        var command = new Command("delete", "Delete a schedule and stop its workflow (DELETE /api/schedules/{id})") { id };
        CliRunner.SetAction(command, async (cli, ct) =>
        {
            await cli.Api.DeleteAsync($"api/schedules/{Escape(cli.Required(id))}", ct);
            if (cli.Out.Json)
            {
                cli.Out.WriteJson(JsonSerializer.SerializeToElement(new { scheduleId = cli.Required(id), deleted = true }));
            }
            else
            {
                cli.Out.Line($"Schedule {cli.Required(id)} deleted.");
            }

            return ExitCodes.Succeeded;
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

        var s = answer.Body;
        var status = s.Get("status");
        var rollout = s.Get("rollout");
        cli.Out.Fields(
        [
            ("Schedule", s.Text("scheduleId")),
            ("When", When(s)),
            ("Time zone", s.Text("timeZone")),
            ("Alias", rollout?.Text("aliasId")),
            ("Target", Target(rollout)),
            ("Missed occurrences", s.Text("missedOccurrences")),
            ("Catch-up window", s.Text("catchUpWindow")),
            ("Runtime status", s.Text("runtimeStatus")),
            ("Next occurrence", status?.Text("nextOccurrence")),
            ("Created", s.Text("createdAt")),
        ]);
        if (status is { } st && st.Items("lastOccurrences").Any())
        {
            cli.Out.Table(["Occurrence", "Outcome", "Rollout", "Reason"],
                st.Items("lastOccurrences").Select(o => (IReadOnlyList<string?>)[o.Text("occurrence"), o.Text("outcome"), o.Text("rolloutId"), o.Text("reason")]));
        }

        return ExitCodes.Succeeded;
    }

    private static IReadOnlyList<string?> Row(JsonElement s)
    {
        var rollout = s.Get("rollout");
        return [s.Text("scheduleId"), When(s), s.Text("timeZone"), rollout?.Text("aliasId"), Target(rollout), s.Text("createdAt")];
    }

    private static string? When(JsonElement s) => s.Text("cron") is { } cron ? $"cron {cron}" : s.Text("startAt") is { } at ? $"at {at}" : null;

    private static string? Target(JsonElement? rollout) =>
        rollout?.Text("fleetId") ?? (rollout?.Get("newFleet")?.Text("assetId") is { } asset ? $"new fleet of {asset}" : null);
}
