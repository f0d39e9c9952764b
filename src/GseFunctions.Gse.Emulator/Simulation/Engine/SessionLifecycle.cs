using GseFunctions.Gse.Emulator.Simulation.State;
using GseFunctions.Gse.Models;

namespace GseFunctions.Gse.Emulator.Simulation.Engine;

/// <summary>
/// A game server session over time (reference §4.4): ACTIVATING, ACTIVE once its server process activates it,
/// TERMINATED when its match ends, an action ends it, or scale-in does. There is no game behind the process, so
/// a match lasts a random length between <see cref="SimulationOptions.MatchLengthMin"/> and
/// <see cref="SimulationOptions.MatchLengthMax"/>, and the session skips TERMINATING (our own simplifications).
/// </summary>
internal sealed class SessionLifecycle(SimulationEngine engine)
{
    /// <summary>A session just placed: draws its match length, then schedules its activation and its end.</summary>
    public void Start(RegionState r, SimSession session)
    {
        var match = engine.Random.Duration(engine.Options.MatchLengthMin, engine.Options.MatchLengthMax);
        r.Schedule(engine.Options.SessionActivationDelay, () =>
        {
            if (session.Status == GseSessionStatuses.Activating)
            {
                session.Status = GseSessionStatuses.Active;
            }
        });
        r.Schedule(engine.Options.SessionActivationDelay + match, () => End(r, session, "The match ended."));
    }

    /// <summary>A reserved player connects after a delay: RESERVED → ACTIVE (§4.5), unless the session ended first.</summary>
    public void PlayerJoined(RegionState r, SimSession session, PlayerSession player) =>
        r.Schedule(engine.Options.PlayerConnectDelay, () => SetPlayerStatus(session, player.PlayerSessionId!, GsePlayerSessionStatuses.Reserved, GsePlayerSessionStatuses.Active, null));

    /// <summary>Ends a live session: TERMINATED, its process freed, its players COMPLETED; a drained instance then goes.</summary>
    public void End(RegionState r, SimSession session, string reason)
    {
        if (!session.IsLive)
        {
            return;
        }

        session.Status = GseSessionStatuses.Terminated;
        session.StatusReason = reason;
        session.TerminationTime = r.Now;
        session.Instance.Sessions.Remove(session);
        for (var i = 0; i < session.Players.Count; i++)
        {
            if (session.Players[i].Status is GsePlayerSessionStatuses.Reserved or GsePlayerSessionStatuses.Active)
            {
                session.Players[i] = session.Players[i] with { Status = GsePlayerSessionStatuses.Completed, TerminationTime = GseSimulation.Format(r.Now) };
            }
        }

        // A terminated session stays describable for a while, then is forgotten (our own simplification).
        r.Schedule(engine.Options.TerminatedRetention, () => r.Sessions.Remove(session.Id));

        // The freed process may let a draining instance go (stateful scale-in, §4.8).
        engine.Scaler.Reconcile(r, session.Fleet);
    }

    private static void SetPlayerStatus(SimSession session, string playerSessionId, string from, string to, string? terminationTime)
    {
        var index = session.Players.FindIndex(p => p.PlayerSessionId == playerSessionId && p.Status == from);
        if (index >= 0)
        {
            session.Players[index] = session.Players[index] with { Status = to, TerminationTime = terminationTime };
        }
    }
}
