using Azure.Data.Tables;

namespace GseFunctions.Bench.Load.Scenarios;

/// <summary>
/// Timer wake-up lag from the task hub's History table (read on Azurite directly, so not counted): for every
/// <c>TimerFired</c> event, the start of the orchestration episode that processed it (the <c>OrchestratorStarted</c>
/// event before it in the same instance's history) minus the time the timer was due (<c>FireAt</c>). The rollout asks
/// its timers one second late on purpose (<c>RolloutRun.TimerTarget</c>), so the lag is measured from the time asked.
/// </summary>
internal static class TimerLag
{
    public static async Task<IReadOnlyList<double>> ReadAsync(string connectionString, string hub, IReadOnlySet<string> instanceIds, CancellationToken cancellationToken)
    {
        var table = new TableClient(connectionString, hub + "History");
        var rows = new List<(string Instance, string RowKey, string Type, DateTimeOffset? Timestamp, DateTimeOffset? FireAt)>();
        await foreach (var e in table.QueryAsync<TableEntity>(
            filter: "EventType eq 'TimerFired' or EventType eq 'OrchestratorStarted'",
            select: ["PartitionKey", "RowKey", "EventType", "_Timestamp", "FireAt"],
            cancellationToken: cancellationToken))
        {
            if (instanceIds.Contains(e.PartitionKey))
            {
                rows.Add((e.PartitionKey, e.RowKey, e.GetString("EventType"), Time(e, "_Timestamp"), Time(e, "FireAt")));
            }
        }

        var lags = new List<double>();
        foreach (var history in rows.GroupBy(r => r.Instance, StringComparer.Ordinal))
        {
            DateTimeOffset? episode = null;
            foreach (var row in history.OrderBy(r => r.RowKey, StringComparer.Ordinal))
            {
                if (row.Type == "OrchestratorStarted")
                {
                    episode = row.Timestamp;
                }
                else if (episode is { } ran && row.FireAt is { } due)
                {
                    lags.Add((ran - due).TotalSeconds);
                }
            }
        }

        lags.Sort();
        return lags;
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
