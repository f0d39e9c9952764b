using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using GseFunctions.Rollouts.Contracts;
using Microsoft.DurableTask;

namespace GseFunctions.Rollouts.Activities;

/// <summary>Input of <see cref="ProvisionFleetActivity"/>.</summary>
/// <param name="RolloutId">The rollout; the new fleet carries it as a tag so a re-run finds it instead of creating another.</param>
/// <param name="SourceFleetId">The fleet to copy.</param>
/// <param name="Spec">Asset and overrides.</param>
public sealed record ProvisionFleetInput(string RolloutId, string SourceFleetId, NewFleetSpec Spec);

/// <summary>
/// Creates the rollout's new fleet by copying the source fleet, tagged with the rollout id (its capacity is set by the
/// orchestrator once the fleet is ACTIVE: GSE allows one instance before a fleet's first deployment).
/// Idempotent under at-least-once execution: it first looks for a fleet tagged with this rollout and reuses it.
/// </summary>
public sealed class ProvisionFleetActivity(GseClient gse) : TaskActivity<ProvisionFleetInput, string>
{
    /// <inheritdoc/>
    public override async Task<string> RunAsync(TaskActivityContext context, ProvisionFleetInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var fleetId = await FleetReads.FindRolloutFleetAsync(gse, input.RolloutId).ConfigureAwait(false);
        if (fleetId is null)
        {
            var source = (await gse.DescribeFleetAttributesAsync(new DescribeFleetAttributesRequest { FleetIds = [input.SourceFleetId] }).ConfigureAwait(false))
                .FleetAttributes.FirstOrNull() ?? throw new InvalidOperationException($"Source fleet '{input.SourceFleetId}' was not found.");
            var tags = (source.Tags ?? []).Where(t => t.Key != FleetReads.RolloutTagKey).Append(new Tag { Key = FleetReads.RolloutTagKey, Value = input.RolloutId }).ToList();
            var copy = await gse.CopyFleetAsync(new CopyFleetRequest
            {
                FleetId = input.SourceFleetId,
                CopyNumber = 1,
                AssetId = input.Spec.AssetId,
                Name = input.Spec.Name ?? DefaultName(source.Name, input.RolloutId),
                Description = input.Spec.Description,
                InstanceType = input.Spec.InstanceType,
                NewGameServerSessionProtectionPolicy = input.Spec.NewGameServerSessionProtectionPolicy,
                RuntimeConfiguration = input.Spec.RuntimeConfiguration,
                Tags = tags,
            }).ConfigureAwait(false);
            fleetId = copy.FleetAttributes.FirstOrNull()?.FleetId ?? throw new InvalidOperationException("CopyFleet answered without a fleet.");
        }

        return fleetId;
    }

    private static string DefaultName(string? sourceName, string rolloutId)
    {
        var suffix = " " + rolloutId[^Math.Min(8, rolloutId.Length)..];
        var name = (sourceName ?? "fleet") + suffix;
        return name.Length <= 50 ? name : name[..(50 - suffix.Length)] + suffix;
    }
}
