using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using Microsoft.DurableTask;

namespace GseFunctions.Rollouts.Activities;

/// <summary>Input of <see cref="SetFleetCapacityActivity"/>.</summary>
/// <param name="FleetId">The fleet.</param>
/// <param name="MinSize">New minimum, or null to keep.</param>
/// <param name="DesiredInstances">New desired count, or null to keep.</param>
/// <param name="MaxSize">New maximum, or null to keep.</param>
/// <param name="AutoScaling">True to start the fleet's auto-scaling, false to stop it, null to leave it.</param>
public sealed record SetFleetCapacityInput(string FleetId, int? MinSize, int? DesiredInstances, int? MaxSize, bool? AutoScaling);

/// <summary>
/// Sets a fleet's capacity and starts or stops its auto-scaling. Idempotent: both calls set absolute values. Auto-scaling
/// is stopped before the capacity drops (so a scaling policy does not undo it) and started after it is restored.
/// </summary>
[DurableTask(RolloutTaskNames.SetFleetCapacity)]
public sealed class SetFleetCapacityActivity(GseClient gse) : TaskActivity<SetFleetCapacityInput, bool>
{
    /// <inheritdoc/>
    public override async Task<bool> RunAsync(TaskActivityContext context, SetFleetCapacityInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.AutoScaling == false)
        {
            await gse.StopFleetActionsAsync(new StopFleetActionsRequest { FleetId = input.FleetId, Actions = ["AUTO_SCALING"] }).ConfigureAwait(false);
        }

        if (input.MinSize is not null || input.DesiredInstances is not null || input.MaxSize is not null)
        {
            await gse.UpdateFleetCapacityAsync(new UpdateFleetCapacityRequest
            {
                FleetId = input.FleetId,
                MinSize = input.MinSize,
                DesiredInstances = input.DesiredInstances,
                MaxSize = input.MaxSize,
            }).ConfigureAwait(false);
        }

        if (input.AutoScaling == true)
        {
            await gse.StartFleetActionsAsync(new StartFleetActionsRequest { FleetId = input.FleetId, Actions = ["AUTO_SCALING"] }).ConfigureAwait(false);
        }

        return true;
    }
}
