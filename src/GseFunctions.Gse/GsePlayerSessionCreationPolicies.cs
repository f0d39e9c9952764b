namespace GseFunctions.Gse;

/// <summary>Whether a game server session takes new players (<c>PlayerSessionCreationPolicy</c>, gse-api.md §4.4).</summary>
public static class GsePlayerSessionCreationPolicies
{
    /// <summary>New players may join; the default of a new session (§4.4).</summary>
    public const string AcceptAll = "ACCEPT_ALL";

    /// <summary>No new players may join (§4.4).</summary>
    public const string DenyAll = "DENY_ALL";
}
