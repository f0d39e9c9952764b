namespace GseFunctions.Gse;

/// <summary>
/// Game server session statuses (<c>GameServerSession.Status</c>, the <c>StatusFilter</c> of the session reads) as GSE
/// spells them (gse-api.md §4.4). Lifecycle: <see cref="Activating"/> → <see cref="Active"/> →
/// <see cref="Terminating"/> → <see cref="Terminated"/>; <see cref="Error"/> on failure.
/// </summary>
public static class GseSessionStatuses
{
    /// <summary>Created; waiting for its server process to activate it (§4.4).</summary>
    public const string Activating = "ACTIVATING";

    /// <summary>Activated by its server process; players can join (§4.4).</summary>
    public const string Active = "ACTIVE";

    /// <summary>Ending (§4.4).</summary>
    public const string Terminating = "TERMINATING";

    /// <summary>Ended (§4.4).</summary>
    public const string Terminated = "TERMINATED";

    /// <summary>Failed (§4.4).</summary>
    public const string Error = "ERROR";
}
