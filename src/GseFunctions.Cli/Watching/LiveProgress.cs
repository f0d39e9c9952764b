using Spectre.Console;
using Spectre.Console.Rendering;

namespace GseFunctions.Cli.Watching;

/// <summary>
/// Progress on a terminal: a Spectre live display redrawn with each snapshot — phase, elapsed time, message, both
/// fleets' figures and a bar for the drain. Only used when stdout is a terminal and the output is a table.
/// </summary>
internal sealed class LiveProgress(TimeProvider time) : IProgressView
{
    private readonly DrainGauge _gauge = new();

    public async Task<RolloutSnapshot> RunAsync(Func<Action<RolloutSnapshot>, Task<RolloutSnapshot>> follow)
    {
        ArgumentNullException.ThrowIfNull(follow);
        RolloutSnapshot? final = null;
        await AnsiConsole.Live(new Text("Waiting for the rollout…")).AutoClear(false).StartAsync(async live =>
        {
            final = await follow(snapshot =>
            {
                live.UpdateTarget(Render(snapshot));
                live.Refresh();
            });
        });
        return final!;
    }

    private Rows Render(RolloutSnapshot snapshot)
    {
        var drained = _gauge.Update(snapshot);
        var header = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        header.AddRow(new Markup("[bold]Rollout[/]"), new Text(snapshot.RolloutId));
        header.AddRow(new Markup("[bold]Phase[/]"), new Markup(Markup.Escape(snapshot.Phase ?? snapshot.RuntimeStatus) + (snapshot.DrainOverdue ? " [red](drain overdue)[/]" : "")));
        header.AddRow(new Markup("[bold]Elapsed[/]"), new Text(PlainProgress.Elapsed(snapshot, time)));
        if (snapshot.Message is { Length: > 0 } message)
        {
            header.AddRow(new Markup("[bold]Message[/]"), new Text(message));
        }

        var fleets = new Table().Border(TableBorder.Rounded)
            .AddColumn("Fleet").AddColumn("Role").AddColumn("Status").AddColumn(new TableColumn("Instances").RightAligned())
            .AddColumn(new TableColumn("Live sessions").RightAligned()).AddColumn(new TableColumn("Free").RightAligned());
        foreach (var f in new[] { snapshot.Old, snapshot.New }.Where(f => f is not null))
        {
            fleets.AddRow(f!.FleetId, f.Role, Markup.Escape(f.Status ?? "-"), f.Instances.ToString(System.Globalization.CultureInfo.InvariantCulture),
                f.LiveSessions.ToString(System.Globalization.CultureInfo.InvariantCulture), f.AvailableSessions.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var rows = new List<IRenderable> { header, fleets };
        if (drained is { } d)
        {
            rows.Add(new BreakdownChart().Width(40).ShowPercentage()
                .AddItem("drained", Math.Round(d * 100, 1), Color.Green)
                .AddItem("live on old fleet", Math.Round((1 - d) * 100, 1), Color.Yellow));
        }

        return new Rows(rows);
    }
}
