using GseFunctions.Bench.Rollouts.Scenarios;
using GseFunctions.Bench.Rollouts.Storage;

namespace GseFunctions.Bench.Rollouts.Reporting;

/// <summary>Idle storage requests per minute, by service and operation.</summary>
internal sealed record IdleSummary(double Seconds, double BlobPerMinute, double QueuePerMinute, double TablePerMinute, double TotalPerMinute, IReadOnlyDictionary<string, double> PerMinuteByOperation)
{
    public static IdleSummary Of(IdleCost idle)
    {
        ArgumentNullException.ThrowIfNull(idle);
        return new IdleSummary(
            idle.Seconds,
            idle.PerMinute(idle.Counts.For(StorageService.Blob)),
            idle.PerMinute(idle.Counts.For(StorageService.Queue)),
            idle.PerMinute(idle.Counts.For(StorageService.Table)),
            idle.PerMinute(idle.Counts.Total),
            idle.Counts.Operations.ToDictionary(p => ScenarioSummary.Key(p.Key), p => idle.PerMinute(p.Value.Requests), StringComparer.Ordinal));
    }
}
