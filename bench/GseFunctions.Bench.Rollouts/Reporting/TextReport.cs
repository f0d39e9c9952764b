using System.Globalization;

namespace GseFunctions.Bench.Rollouts.Reporting;

/// <summary>Writes the report as plain-text tables (medians of the repetitions).</summary>
internal static class TextReport
{
    public static void Write(BenchReport report, TextWriter o)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(o);
        var s = report.Settings;
        o.WriteLine();
        o.WriteLine(F($"Rollout bench, {report.Date:yyyy-MM-dd HH:mm} UTC, {report.Machine}"));
        o.WriteLine(F($"Rollout PollInterval {s.PollIntervalSeconds} s, MaxPollInterval {s.MaxPollIntervalSeconds} s; Durable MaxQueuePollingInterval {s.MaxQueuePollingIntervalSeconds} s, leases 30 s / renew 10 s;"));
        o.WriteLine(F($"local GSE clock x{s.TimeScale}, traffic {s.TrafficSessionsPerSimulatedMinute} sessions per simulated minute, FullProtection; medians of {s.Repetitions}."));

        if (report.Idle is { } idle)
        {
            o.WriteLine();
            o.WriteLine(F($"Idle worker (no rollout), requests per minute, over {idle.Seconds:0} s:"));
            o.WriteLine(F($"  blob {idle.BlobPerMinute:0.0}  queue {idle.QueuePerMinute:0.0}  table {idle.TablePerMinute:0.0}  total {idle.TotalPerMinute:0.0}"));
            foreach (var (operation, perMinute) in idle.PerMinuteByOperation.OrderByDescending(p => p.Value))
            {
                o.WriteLine(F($"    {perMinute,7:0.0}  {operation}"));
            }
        }

        var scenarios = report.Scenarios;
        o.WriteLine();
        o.WriteLine("Per rollout (medians):");
        Table(o, scenarios, [
            ("match (sim min / real s)", x => F($"{x.MatchLengthSimulatedMinutes:0.#} / {x.MatchLengthRealSeconds:0.#}")),
            ("outcomes", x => string.Join(",", x.Outcomes.Distinct())),
            ("storage blob", x => N(x.Blob)),
            ("storage queue", x => N(x.Queue)),
            ("storage table", x => N(x.Table)),
            ("storage total", x => N(x.Total)),
            ("  net of idle polling", x => N(x.NetOfIdle)),
            ("GSE calls", x => N(x.GseTotal)),
            ("  mutating", x => N(x.GseMutating)),
            ("  read-only", x => N(x.GseReadOnly)),
            ("  fleet observations", x => N(DrainGrowth.Observations(x))),
            ("wall s (created → completed)", x => T(x.WallSeconds)),
            ("floor s (drain + activation)", x => T(x.FloorSeconds)),
            ("  drain s (switch → last match ends)", x => T(x.DrainSeconds)),
            ("  activation s (new fleet → ready)", x => T(x.ActivationSeconds)),
            ("wall / floor", x => F($"{x.WallOverFloor:0.00}")),
            ("overhead s (wall - floor)", x => T(x.OverheadSeconds)),
            ("  created → switch s", x => T(x.ToSwitchSeconds)),
            ("  last match ends → completed s", x => T(x.AfterDrainSeconds)),
            ("sessions on old fleet at switch", x => N(x.SessionsAtSwitch)),
        ]);

        if (report.Growth is { } g)
        {
            o.WriteLine();
            o.WriteLine(F($"Growth with drain ({g.From} → {g.To}, +{g.DrainSeconds:0.0} s of drain), per real second of drain:"));
            o.WriteLine(F($"  storage {g.StoragePerDrainSecond:0.0} ({g.NetStoragePerDrainSecond:0.0} net of idle polling), GSE calls {g.GsePerDrainSecond:0.0}, fleet observations {g.ObservationsPerDrainSecond:0.00}"));
        }

        o.WriteLine();
        o.WriteLine("Storage requests by operation (medians per rollout):");
        Breakdown(o, scenarios, x => x.StorageByOperation);
        o.WriteLine();
        o.WriteLine("GSE calls by action (medians per rollout; * = mutating):");
        Breakdown(o, scenarios, x => x.GseByAction, a => Scenarios.RolloutMeasurement.IsMutating(a) ? "* " + a : "  " + a);
    }

    private static void Table(TextWriter o, IReadOnlyList<ScenarioSummary> scenarios, IReadOnlyList<(string Label, Func<ScenarioSummary, string> Value)> rows)
    {
        var width = rows.Max(r => r.Label.Length) + 2;
        o.WriteLine("".PadRight(width) + string.Concat(scenarios.Select(x => x.Name.PadLeft(16))));
        foreach (var (label, value) in rows)
        {
            o.WriteLine(label.PadRight(width) + string.Concat(scenarios.Select(x => value(x).PadLeft(16))));
        }
    }

    private static void Breakdown(TextWriter o, IReadOnlyList<ScenarioSummary> scenarios, Func<ScenarioSummary, IReadOnlyDictionary<string, double>> pick, Func<string, string>? label = null)
    {
        var keys = scenarios.SelectMany(x => pick(x).Keys).Distinct(StringComparer.Ordinal)
            .OrderByDescending(k => scenarios.Sum(x => pick(x).TryGetValue(k, out var v) ? v : 0)).ToList();
        var rows = keys.Select(k => (label?.Invoke(k) ?? k, (Func<ScenarioSummary, string>)(x => pick(x).TryGetValue(k, out var v) ? N(v) : "-"))).ToList();
        if (rows.Count > 0)
        {
            Table(o, scenarios, rows);
        }
    }

    private static string N(double value) => value.ToString(value == Math.Floor(value) ? "0" : "0.0", CultureInfo.InvariantCulture);

    private static string T(double seconds) => seconds.ToString("0.00", CultureInfo.InvariantCulture);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
