using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using Microsoft.DurableTask;

namespace GseFunctions.Rollouts.Activities;

/// <summary>Input of <see cref="SwitchAliasActivity"/>.</summary>
/// <param name="AliasId">The alias.</param>
/// <param name="FleetId">The fleet it must route to; null to make the alias TERMINAL with <paramref name="TerminalMessage"/>.</param>
/// <param name="TerminalMessage">The message of a TERMINAL alias.</param>
public sealed record SwitchAliasInput(string AliasId, string? FleetId, string? TerminalMessage = null);

/// <summary>
/// Points an alias at a fleet, or makes it TERMINAL again (UpdateAlias), and answers the fleet it resolves to afterwards
/// (ResolveAlias; null for a TERMINAL alias). Idempotent: an alias already routed that way is not updated again.
/// </summary>
public sealed class SwitchAliasActivity(GseClient gse) : TaskActivity<SwitchAliasInput, string?>
{
    /// <inheritdoc/>
    public override async Task<string?> RunAsync(TaskActivityContext context, SwitchAliasInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var alias = (await gse.DescribeAliasAsync(new DescribeAliasRequest { AliasId = input.AliasId }).ConfigureAwait(false)).Alias;
        var wanted = input.FleetId is null
            ? new RoutingStrategy { Type = GseRoutingTypes.Terminal, Message = input.TerminalMessage ?? "" }
            : new RoutingStrategy { Type = GseRoutingTypes.Simple, FleetId = input.FleetId };
        if (alias?.RoutingStrategy is not { } current || current.Type != wanted.Type || current.FleetId != wanted.FleetId)
        {
            await gse.UpdateAliasAsync(new UpdateAliasRequest { AliasId = input.AliasId, RoutingStrategy = wanted }).ConfigureAwait(false);
        }

        if (input.FleetId is null)
        {
            return null;
        }

        return (await gse.ResolveAliasAsync(new ResolveAliasRequest { AliasId = input.AliasId }).ConfigureAwait(false)).FleetId;
    }
}
