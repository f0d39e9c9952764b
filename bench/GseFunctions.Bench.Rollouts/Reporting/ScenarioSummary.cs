using GseFunctions.Bench.Rollouts.Scenarios;
using GseFunctions.Bench.Rollouts.Storage;

namespace GseFunctions.Bench.Rollouts.Reporting;

/// <summary>A scenario's medians over its repetitions, and the per-operation and per-action medians.</summary>
internal sealed record ScenarioSummary(
    string Name,
    double MatchLengthSimulatedMinutes,
    double MatchLengthRealSeconds,
    bool NewFleet,
    int Runs,
    IReadOnlyList<string> Outcomes,
    double Blob,
    double Queue,
    double Table,
    double Total,
    double NetOfIdle,
    double GseTotal,
    double GseMutating,
    double GseReadOnly,
    double WallSeconds,
    double FloorSeconds,
    double DrainSeconds,
    double ActivationSeconds,
    double WallOverFloor,
    double OverheadSeconds,
    double ToSwitchSeconds,
    double AfterDrainSeconds,
    double SessionsAtSwitch,
    IReadOnlyDictionary<string, double> StorageByOperation,
    IReadOnlyDictionary<string, double> GseByAction,
    IReadOnlyList<RunFigures> Repetitions)
{
    public static ScenarioSummary Of(ScenarioResult result, double idleTotalPerMinute)
    {
        ArgumentNullException.ThrowIfNull(result);
        var runs = result.Runs;
        var operations = runs.SelectMany(r => r.Storage.Operations.Keys).Distinct().ToList();
        var actions = runs.SelectMany(r => r.GseCalls.Keys).Distinct(StringComparer.Ordinal).ToList();
        return new ScenarioSummary(
            result.Scenario.Name,
            result.Scenario.MatchLength.TotalMinutes,
            result.Scenario.RealMatchLength.TotalSeconds,
            result.Scenario.NewFleet,
            runs.Count,
            runs.Select(r => r.Outcome).ToList(),
            Median.Of(runs, r => r.Storage.For(StorageService.Blob)),
            Median.Of(runs, r => r.Storage.For(StorageService.Queue)),
            Median.Of(runs, r => r.Storage.For(StorageService.Table)),
            Median.Of(runs, r => r.Storage.Total),
            Median.Of(runs, r => r.Storage.Total - (idleTotalPerMinute * r.Window / 60)),
            Median.Of(runs, r => r.GseTotal),
            Median.Of(runs, r => r.GseMutating),
            Median.Of(runs, r => r.GseTotal - r.GseMutating),
            Median.Of(runs, r => r.Wall),
            Median.Of(runs, r => r.Floor),
            Median.Of(runs, r => r.Drain),
            Median.Of(runs, r => r.Activation),
            Median.Of(runs, r => r.Ratio),
            Median.Of(runs, r => r.Overhead),
            Median.Of(runs, r => r.ToSwitch),
            Median.Of(runs, r => r.AfterDrain),
            Median.Of(runs, r => r.SessionsAtSwitch),
            operations.ToDictionary(
                o => Key(o),
                o => Median.Of(runs, r => r.Storage.Operations.TryGetValue(o, out var c) ? c.Requests : 0),
                StringComparer.Ordinal),
            actions.ToDictionary(
                a => a,
                a => Median.Of(runs, r => r.GseCalls.TryGetValue(a, out var c) ? c.Succeeded + c.Failed : 0),
                StringComparer.Ordinal),
            runs.Select(RunFigures.Of).ToList());
    }

    public static string Key(StorageOperation operation) => $"{operation.Service.ToString().ToLowerInvariant()}: {operation.Name}";
}
