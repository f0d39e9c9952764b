using GseFunctions.Bench.Rollouts.Storage;

namespace GseFunctions.Bench.Rollouts.Scenarios;

/// <summary>
/// One rollout's figures. Times are real seconds: <see cref="Wall"/> from the instance's creation to its completion
/// (the orchestration's own timestamps); <see cref="Floor"/> = the physical minimum = <see cref="Drain"/> (alias switch
/// to the old fleet's last session ending) plus <see cref="Activation"/> (a new fleet appearing to ready; 0 for an existing one).
/// </summary>
internal sealed record RolloutMeasurement(
    string Outcome,
    StorageCounts Storage,
    IReadOnlyDictionary<string, (long Succeeded, long Failed)> GseCalls,
    double Wall,
    double Window,
    double ToSwitch,
    double Drain,
    double Activation,
    double AfterDrain,
    int SessionsAtSwitch)
{
    public double Floor => Drain + Activation;

    public double Overhead => Wall - Floor;

    public double Ratio => Floor > 0 ? Wall / Floor : double.NaN;

    public long GseTotal => GseCalls.Values.Sum(c => c.Succeeded + c.Failed);

    public long GseMutating => GseCalls.Where(c => IsMutating(c.Key)).Sum(c => c.Value.Succeeded + c.Value.Failed);

    /// <summary>As the local GSE's counter: everything but Describe*, List*, Search*, Resolve*.</summary>
    public static bool IsMutating(string action) =>
        !(action.StartsWith("Describe", StringComparison.Ordinal) || action.StartsWith("List", StringComparison.Ordinal)
          || action.StartsWith("Search", StringComparison.Ordinal) || action.StartsWith("Resolve", StringComparison.Ordinal));
}
