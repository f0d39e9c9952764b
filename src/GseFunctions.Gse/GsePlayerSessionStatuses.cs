namespace GseFunctions.Gse;

/// <summary>
/// Player session statuses (<c>PlayerSession.Status</c>, gse-api.md §4.5): <see cref="Reserved"/> →
/// <see cref="Active"/> → <see cref="Completed"/> or <see cref="TimedOut"/>.
/// </summary>
public static class GsePlayerSessionStatuses
{
    /// <summary>A slot is held; the player has not connected yet (what JoinGameServerSession returns, §4.5).</summary>
    public const string Reserved = "RESERVED";

    /// <summary>The player is connected to the game server (§4.5).</summary>
    public const string Active = "ACTIVE";

    /// <summary>The player session ended (§4.5).</summary>
    public const string Completed = "COMPLETED";

    /// <summary>The player never connected in time (§4.5).</summary>
    public const string TimedOut = "TIMEDOUT";
}
