using GseFunctions.Gse;
using Microsoft.DurableTask;

namespace GseFunctions.Rollouts.Activities;

/// <summary>Reads a fleet's status, capacity and sessions (three read-only GSE calls).</summary>
public sealed class ObserveFleetActivity(GseClient gse) : TaskActivity<string, FleetObservation>
{
    /// <inheritdoc/>
    public override Task<FleetObservation> RunAsync(TaskActivityContext context, string input) => FleetReads.ObserveAsync(gse, input);
}
