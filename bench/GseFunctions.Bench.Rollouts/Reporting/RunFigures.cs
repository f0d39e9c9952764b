using GseFunctions.Bench.Rollouts.Scenarios;
using GseFunctions.Bench.Rollouts.Storage;

namespace GseFunctions.Bench.Rollouts.Reporting;

/// <summary>One repetition's headline figures, kept beside the medians so the spread is visible.</summary>
internal sealed record RunFigures(string Outcome, long Blob, long Queue, long Table, long GseCalls, double WallSeconds, double FloorSeconds, double WindowSeconds)
{
    public static RunFigures Of(RolloutMeasurement run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new RunFigures(
            run.Outcome,
            run.Storage.For(StorageService.Blob),
            run.Storage.For(StorageService.Queue),
            run.Storage.For(StorageService.Table),
            run.GseTotal,
            run.Wall,
            run.Floor,
            run.Window);
    }
}
