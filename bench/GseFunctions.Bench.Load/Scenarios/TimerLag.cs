using Azure.Data.Tables;

namespace GseFunctions.Bench.Load.Scenarios;

/// <summary>
/// Timer wake-up lag from the task hub's History table (read on Azurite directly, so not counted): for every
/// <c>TimerFired</c> event, the start of the orchestration episode that processed it (the <c>OrchestratorStarted</c>
/// event before it in the same instance's history) minus the time the timer was due (<c>FireAt</c>); and the poll's lag:
/// when the first activity scheduled after the timer completed (the next <c>TaskCompleted</c>: the fleet observation,
/// including any wait for the GSE request budget) minus <c>FireAt</c>. The rollout asks its timers one second late on
/// purpose (<c>RolloutRun.TimerTarget</c>), so both are measured from the time asked.
/// </summary>
internal static class TimerLag
{
    public static async Task<(List<double> Wake, List<double> Poll)> ReadAsync(string connectionString, string hub, IReadOnlySet<string> instanceIds, CancellationToken cancellationToken)
    {
        var table = new TableClient(connectionString, hub + "History");
        var rows = new List<(string Instance, string RowKey, string Type, DateTimeOffset? Timestamp, DateTimeOffset? FireAt)>();
        await foreach (var e in table.QueryAsync<TableEntity>(
            filter: "EventType eq 'TimerFired' or EventType eq 'OrchestratorStarted' or EventType eq 'TaskCompleted'",
            select: ["PartitionKey", "RowKey", "EventType", "_Timestamp", "FireAt"],
            cancellationToken: cancellationToken))
        {
            if (instanceIds.Contains(e.PartitionKey))
            {
                rows.Add((e.PartitionKey, e.RowKey, e.GetString("EventType"), Time(e, "_Timestamp"), Time(e, "FireAt")));
            }
        }

        var wake = new List<double>();
        var poll = new List<double>();
        foreach (var history in rows.GroupBy(r => r.Instance, StringComparer.Ordinal))
        {
            DateTimeOffset? episode = null;
            DateTimeOffset? fired = null;
            foreach (var row in history.OrderBy(r => r.RowKey, StringComparer.Ordinal))
            {
                if (row.Type == "OrchestratorStarted")
                {
                    episode = row.Timestamp;
                }
                else if (row.Type == "TimerFired" && row.FireAt is { } due)
                {
                    if (episode is { } ran)
                    {
                        wake.Add((ran - due).TotalSeconds);
                    }

                    fired = due;
                }
                else if (row.Type == "TaskCompleted" && fired is { } dueAt && row.Timestamp is { } done)
                {
                    poll.Add((done - dueAt).TotalSeconds);
                    fired = null;
                }
            }
        }

        wake.Sort();
        poll.Sort();
        return (wake, poll);
    }

    private static DateTimeOffset? Time(TableEntity e, string name) =>
        e.TryGetValue(name, out var value) ? value switch
        {
            DateTimeOffset d => d,
            DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
            string s when DateTimeOffset.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d) => d,
            _ => null,
        } : null;
}
