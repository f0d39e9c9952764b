using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using Microsoft.DurableTask;

namespace GseFunctions.Rollouts.Activities;

/// <summary>Input of <see cref="SetFleetCapacityActivity"/>; null fields are left as they are.</summary>
/// <param name="FleetId">The fleet.</param>
/// <param name="MinSize">Minimum instances.</param>
/// <param name="DesiredInstances">Desired instances.</param>
/// <param name="MaxSize">Maximum instances.</param>
/// <param name="AutoScaling">True starts auto-scaling, false stops it, null leaves it.</param>
/// <param name="SkipIfInUse">
/// True for a change that takes capacity away (scale-in, scale to zero): it is skipped when any alias or queue still
/// routes to the fleet, so a rollout never shrinks a fleet that serves something it does not own.
/// </param>
public sealed record SetFleetCapacityInput(string FleetId, int? MinSize, int? DesiredInstances, int? MaxSize, bool? AutoScaling, bool SkipIfInUse = false);

/// <summary>Sets a fleet's capacity and auto-scaling. Idempotent: setting the same values again changes nothing.</summary>
public sealed class SetFleetCapacityActivity(GseClient gse) : TaskActivity<SetFleetCapacityInput, FleetChange>
{
    /// <inheritdoc/>
    public override async Task<FleetChange> RunAsync(TaskActivityContext context, SetFleetCapacityInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.SkipIfInUse && await FleetReads.UsersAsync(gse, input.FleetId).ConfigureAwait(false) is { Count: > 0 } users)
        {
            return FleetChange.Skipped(input.FleetId, users);
        }

        if (input.AutoScaling == false)
        {
            await gse.StopFleetActionsAsync(new StopFleetActionsRequest { FleetId = input.FleetId, Actions = [GseFleetActions.AutoScaling] }).ConfigureAwait(false);
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
            await gse.StartFleetActionsAsync(new StartFleetActionsRequest { FleetId = input.FleetId, Actions = [GseFleetActions.AutoScaling] }).ConfigureAwait(false);
        }

        return FleetChange.Done(input.FleetId);
    }
}
