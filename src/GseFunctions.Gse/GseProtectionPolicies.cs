namespace GseFunctions.Gse;

/// <summary>
/// Protection policies (<c>NewGameServerSessionProtectionPolicy</c> on fleets, <c>ProtectionPolicy</c> per session,
/// gse-api.md §4.6): what happens to a session's server process when GSE wants to stop it (scale-in, an unhealthy
/// process) and the game server has not ended it itself.
/// </summary>
public static class GseProtectionPolicies
{
    /// <summary>The process is terminated within at most 5 minutes (§4.6).</summary>
    public const string NoProtection = "NoProtection";

    /// <summary>
    /// The process is terminated after at most <c>GameServerSessionProtectionTimeLimit</c> minutes (5-1440, default 60)
    /// (§4.6).
    /// </summary>
    public const string TimeLimitProtection = "TimeLimitProtection";

    /// <summary>The instance is terminated only once it runs no process or session; such a session is never scaled in (§4.6).</summary>
    public const string FullProtection = "FullProtection";
}
