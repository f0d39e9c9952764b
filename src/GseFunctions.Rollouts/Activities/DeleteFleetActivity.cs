using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using Microsoft.DurableTask;

namespace GseFunctions.Rollouts.Activities;

/// <summary>Input of <see cref="DeleteFleetActivity"/>.</summary>
/// <param name="FleetId">The fleet; null to delete the fleet tagged with <paramref name="CreatedByRolloutId"/>, if any.</param>
/// <param name="CreatedByRolloutId">The rollout whose tagged fleet to delete when the id is not known (provisioning failed midway).</param>
public sealed record DeleteFleetInput(string? FleetId, string? CreatedByRolloutId = null);

/// <summary>
/// Scales a fleet to zero and deletes it, unless an alias or queue still routes to it (then nothing is touched: GSE
/// would refuse the delete only after the scale to zero had emptied the fleet). Answers the fleet (null FleetId when
/// there was none). Idempotent: a fleet that is already deleting, terminated or unknown counts as deleted.
/// </summary>
public sealed class DeleteFleetActivity(GseClient gse) : TaskActivity<DeleteFleetInput, FleetChange>
{
    /// <inheritdoc/>
    public override async Task<FleetChange> RunAsync(TaskActivityContext context, DeleteFleetInput request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var input = request.FleetId ?? (request.CreatedByRolloutId is null ? null : await FleetReads.FindRolloutFleetAsync(gse, request.CreatedByRolloutId).ConfigureAwait(false));
        if (input is null)
        {
            return FleetChange.Done(null);
        }

        var fleet = await FleetReads.ObserveAsync(gse, input).ConfigureAwait(false);
        if (!fleet.Exists || fleet.Status is GseFleetStatuses.Deleting or GseFleetStatuses.Terminated)
        {
            return FleetChange.Done(input);
        }

        if (await FleetReads.UsersAsync(gse, input).ConfigureAwait(false) is { Count: > 0 } users)
        {
            return FleetChange.Skipped(input, users);
        }

        try
        {
            if (fleet.DesiredInstances > 0 || fleet.MinSize > 0)
            {
                await gse.UpdateFleetCapacityAsync(new UpdateFleetCapacityRequest { FleetId = input, MinSize = 0, DesiredInstances = 0 }).ConfigureAwait(false);
            }

            await gse.DeleteFleetAsync(new DeleteFleetRequest { FleetId = input }).ConfigureAwait(false);
            return FleetChange.Done(input);
        }
        catch (GseException e) when (e.Code == GseErrorCodes.ResourceNotFound)
        {
            return FleetChange.Done(input);
        }
    }
}
