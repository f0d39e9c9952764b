using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;
using Microsoft.Extensions.Logging;

namespace GseFunctions.Rollouts.Telemetry;

/// <summary>
/// The logging scope a rollout activity runs in: <c>RolloutId</c>, <c>AliasId</c> and <c>FleetId</c> as structured
/// fields on every message logged while it runs (the GSE client's retries, HttpClient), whichever logger writes it.
/// The self-host gets it through <see cref="Hosting.RolloutTasks"/>; another host that runs the activities itself (the
/// Functions adapters) calls <see cref="Begin"/> around them.
/// </summary>
public static class RolloutLogScope
{
    /// <summary>Begins the scope of one activity run.</summary>
    /// <param name="logger">Any logger of the host's logger factory (scopes are shared by the factory's loggers).</param>
    /// <param name="rolloutId">The rollout, which is the orchestration instance id of its activities.</param>
    /// <param name="input">The activity's input; the alias and fleet are read from it when it carries them.</param>
    /// <returns>The scope to dispose when the activity ends, or null when the logger keeps no scopes.</returns>
    public static IDisposable? Begin(ILogger logger, string rolloutId, object? input)
    {
        ArgumentNullException.ThrowIfNull(logger);
        var (aliasId, fleetId) = Describe(input);
        return Log.RolloutTaskScope(logger, rolloutId, aliasId, fleetId);
    }

    /// <summary>The alias and fleet an activity input names, if any (for a copy, the fleet copied from).</summary>
    internal static (string? AliasId, string? FleetId) Describe(object? input) => input switch
    {
        RolloutRequest r => (r.AliasId, r.FleetId),
        SwitchAliasInput s => (s.AliasId, s.FleetId),
        ReleaseAliasLockInput l => (l.AliasId, null),
        HoldAliasLockInput h => (h.AliasId, null),
        ProvisionFleetInput p => (null, p.SourceFleetId),
        ProbeSessionInput p => (null, p.FleetId),
        SetFleetCapacityInput c => (null, c.FleetId),
        EndSessionsInput e => (null, e.FleetId),
        DeleteFleetInput d => (null, d.FleetId),
        string fleetId => (null, fleetId),
        _ => (null, null),
    };
}
