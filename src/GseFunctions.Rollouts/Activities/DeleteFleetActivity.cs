using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using Microsoft.DurableTask;

namespace GseFunctions.Rollouts.Activities;

/// <summary>Input of <see cref="DeleteFleetActivity"/>.</summary>
/// <param name="FleetId">The fleet; null to delete the fleet tagged with <paramref name="CreatedByRolloutId"/>, if any.</param>
/// <param name="CreatedByRolloutId">The rollout whose tagged fleet to delete when the id is not known (provisioning failed midway).</param>
public sealed record DeleteFleetInput(string? FleetId, string? CreatedByRolloutId = null);

/// <summary>
/// Scales a fleet to zero and deletes it; answers the fleet, or null when there was none. Idempotent: a fleet that is
/// already deleting, terminated or unknown counts as deleted.
/// </summary>
[DurableTask(RolloutTaskNames.DeleteFleet)]
public sealed class DeleteFleetActivity(GseClient gse) : TaskActivity<DeleteFleetInput, string?>
{
    /// <inheritdoc/>
    public override async Task<string?> RunAsync(TaskActivityContext context, DeleteFleetInput request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var input = request.FleetId ?? (request.CreatedByRolloutId is null ? null : await FleetReads.FindRolloutFleetAsync(gse, request.CreatedByRolloutId).ConfigureAwait(false));
        if (input is null)
        {
            return null;
        }

        var fleet = await FleetReads.ObserveAsync(gse, input).ConfigureAwait(false);
        if (!fleet.Exists || fleet.Status is "DELETING" or "TERMINATED")
        {
            return input;
        }

        try
        {
            if (fleet.DesiredInstances > 0 || fleet.MinSize > 0)
            {
                await gse.UpdateFleetCapacityAsync(new UpdateFleetCapacityRequest { FleetId = input, MinSize = 0, DesiredInstances = 0 }).ConfigureAwait(false);
            }

            await gse.DeleteFleetAsync(new DeleteFleetRequest { FleetId = input }).ConfigureAwait(false);
            return input;
        }
        catch (GseException e) when (e.Code == GseErrorCodes.ResourceNotFound)
        {
            return input;
        }
    }
}
