using GseFunctions.Gse.Emulator.Simulation.State;

namespace GseFunctions.Gse.Emulator.Simulation.Engine;

/// <summary>
/// How long a session on an instance being scaled in may go on, by its protection policy (reference §4.6):
/// NoProtection ends it within at most 5 minutes (<see cref="SimulationOptions.NoProtectionGrace"/>),
/// TimeLimitProtection after at most the fleet's time limit, FullProtection never: that instance stays until
/// its sessions end by themselves (stateful scale-in, §4.8).
/// </summary>
internal sealed class ScaleInProtection(SimulationEngine engine)
{
    /// <summary>The session's own policy, or else the fleet's (§4.6: per fleet, overridable per session).</summary>
    public static string EffectivePolicy(SimSession session) => session.ProtectionPolicy ?? session.Fleet.ProtectionPolicy;

    /// <summary>
    /// A session on a draining instance ends by the fleet's (or its own) protection policy. The timer belongs to
    /// this drain and this policy: if the instance is taken back into service, or the session's policy changes
    /// (which schedules afresh), it does nothing.
    /// </summary>
    public void Protect(RegionState r, SimSession session)
    {
        var policy = EffectivePolicy(session);
        var drain = session.Instance.DrainCount;

        // The time limit counts from the session's creation, so a session older than the limit ends at once
        // (our reading of "terminated after at most GameServerSessionProtectionTimeLimit minutes").
        var grace = policy switch
        {
            GseProtectionPolicies.NoProtection => engine.Options.NoProtectionGrace,
            GseProtectionPolicies.TimeLimitProtection => session.CreationTime + TimeSpan.FromMinutes(session.Fleet.ProtectionTimeLimitMinutes) - r.Now,
            _ => (TimeSpan?)null,
        };
        if (grace is not { } after)
        {
            return;
        }

        r.Schedule(after < TimeSpan.Zero ? TimeSpan.Zero : after, () =>
        {
            if (session.IsLive && session.Instance.Draining && session.Instance.DrainCount == drain && EffectivePolicy(session) == policy)
            {
                engine.Sessions.End(r, session, $"Server scaled in ({policy}).");
            }
        });
    }

    /// <summary>A server already being scaled in follows the session's new policy from now on.</summary>
    public void PolicyChanged(RegionState r, SimSession session, string policyBefore)
    {
        if (session.IsLive && session.Instance.Draining && EffectivePolicy(session) != policyBefore)
        {
            Protect(r, session);
        }
    }
}
