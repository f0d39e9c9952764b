using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using GseFunctions.Rollouts.Contracts;
using Microsoft.DurableTask;

namespace GseFunctions.Rollouts.Activities;

/// <summary>What the rollout starts from, or why it cannot start (a planned outcome, not an exception).</summary>
/// <param name="Refusal">Why the rollout cannot start; null when it can.</param>
/// <param name="OldFleetId">The alias's current fleet (null for a TERMINAL alias).</param>
/// <param name="OldCapacity">The current fleet's capacity.</param>
/// <param name="OldFleetProtected">True when the current fleet protects running sessions from scale-in (FullProtection or TimeLimitProtection).</param>
/// <param name="TerminalMessage">The TERMINAL alias's message, to restore on rollback.</param>
/// <param name="TargetCapacity">An existing target fleet's capacity as it was (to restore if the rollout changes it and is undone).</param>
public sealed record RolloutStartPoint(
    string? Refusal, string? OldFleetId, FleetSize? OldCapacity, bool OldFleetProtected = false, string? TerminalMessage = null, FleetSize? TargetCapacity = null);

/// <summary>Reads the alias and the target and checks that the rollout makes sense. Read-only.</summary>
public sealed class InspectTargetActivity(GseClient gse) : TaskActivity<RolloutRequest, RolloutStartPoint>
{
    /// <inheritdoc/>
    public override async Task<RolloutStartPoint> RunAsync(TaskActivityContext context, RolloutRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Alias? alias;
        try
        {
            alias = (await gse.DescribeAliasAsync(new DescribeAliasRequest { AliasId = input.AliasId }).ConfigureAwait(false)).Alias;
        }
        catch (GseException e) when (e.Code == GseErrorCodes.ResourceNotFound)
        {
            alias = null;
        }

        if (alias is null)
        {
            return Refuse($"Alias '{input.AliasId}' does not exist.");
        }

        var oldFleet = alias.RoutingStrategy?.Type == GseRoutingTypes.Simple ? alias.RoutingStrategy.FleetId : null;
        if (oldFleet is null && input.NewFleet is not null)
        {
            return Refuse($"Alias '{input.AliasId}' is TERMINAL: a new fleet can only be copied from the fleet a SIMPLE alias points at; give an existing fleet instead.");
        }

        FleetSize? targetCapacity = null;
        if (input.FleetId is not null)
        {
            if (input.FleetId == oldFleet)
            {
                return Refuse($"Alias '{input.AliasId}' already points at fleet '{input.FleetId}'.");
            }

            var target = await ObserveAsync(input.FleetId).ConfigureAwait(false);
            if (target.IsBroken)
            {
                return Refuse(target.Exists ? $"Target fleet '{input.FleetId}' is {target.Status}." : $"Target fleet '{input.FleetId}' does not exist.");
            }

            targetCapacity = Capacity(target);
            if (oldFleet is null && target.DesiredInstances == 0 && input.Options.TargetCapacity is null)
            {
                return Refuse($"Target fleet '{input.FleetId}' wants no instances (desired 0) and the TERMINAL alias has no fleet to take a size from; give options.targetCapacity.");
            }
        }

        if (oldFleet is not null)
        {
            var old = await ObserveAsync(oldFleet).ConfigureAwait(false);
            if (!old.Exists)
            {
                return Refuse($"Alias '{input.AliasId}' points at fleet '{oldFleet}', which does not exist.");
            }

            // Retiring scales the old fleet in and deletes it: refuse before anything changes when something else still
            // routes to it (retire Keep moves only this alias and leaves the fleet alone).
            if (input.Options.Retire != RetireMode.Keep
                && await FleetReads.UsersAsync(gse, oldFleet, exceptAliasId: input.AliasId).ConfigureAwait(false) is { Count: > 0 } users)
            {
                return Refuse(
                    $"Fleet '{oldFleet}' also serves {string.Join(", ", users)}; retiring it would cut them off. Repoint them first, or start with options.retire = Keep to move only alias '{input.AliasId}' and leave the fleet as it is.");
            }

            return new RolloutStartPoint(null, oldFleet, Capacity(old), old.ProtectsSessions, TargetCapacity: targetCapacity);
        }

        return new RolloutStartPoint(null, null, null, false, alias.RoutingStrategy?.Message ?? "", targetCapacity);
    }

    private static FleetSize Capacity(FleetObservation fleet) => new(fleet.MinSize, fleet.DesiredInstances, fleet.MaxSize);

    private Task<FleetObservation> ObserveAsync(string fleetId) => FleetReads.ObserveAsync(gse, fleetId);

    private static RolloutStartPoint Refuse(string reason) => new(reason, null, null);
}
