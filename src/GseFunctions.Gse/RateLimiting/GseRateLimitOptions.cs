namespace GseFunctions.Gse.RateLimiting;

/// <summary>
/// The client's GSE request budget: how many calls of each action one process may start per second in each region,
/// bound by <c>AddGseClient</c> from the <c>Gse:RateLimits</c> section. <c>Gse:RateLimits:Enabled</c>,
/// <c>Default</c>, <c>MaxWait</c> and <c>QueueLimit</c> are the settings below; every other key is an action name
/// (<c>Gse:RateLimits:UpdateAlias = 20</c>) whose value is its limit in requests per second, 0 for no limit.
/// Validated at start-up.
/// </summary>
/// <remarks>
/// GSE limits each action per second per account (gse-api.md §1.6; over it the service answers
/// <c>RequestLimitExceeded</c>). The budget is per process: with several instances, give each its share.
/// </remarks>
public sealed class GseRateLimitOptions
{
    /// <summary>Name of the configuration section the options bind to.</summary>
    public const string SectionName = GseClientOptions.SectionName + ":RateLimits";

    /// <summary>
    /// The default limit of an action GSE documents no figure for: 20 requests per second, the figure the GSE API pages
    /// quote for most actions (and AWS GameLift, GSE's model, for <c>UpdateAlias</c>).
    /// </summary>
    public const int DocumentedDefault = 20;

    /// <summary>Largest accepted limit, in requests per second.</summary>
    public const int MaxLimit = 100_000;

    /// <summary>
    /// The per-action figures the GSE API pages document (gse-api.md §1.6): <c>CreateGameServerSession</c> 1000/s (the
    /// latest international revision; the 2020 pages said 20/s) and <c>JoinGameServerSession</c> 1000/s, for the actions this
    /// client types; <c>EndGameServerSessionAndProcess</c> (20/s) is <see cref="DocumentedDefault"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, int> DocumentedLimits { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["CreateGameServerSession"] = 1000,
        ["JoinGameServerSession"] = 1000,
    };

    /// <summary>Whether calls are limited at all. Default <see langword="true"/>; <see langword="false"/> sends every call at once.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Limit of an action not in <see cref="Actions"/>, in requests per second (0 = no limit). Default <see cref="DocumentedDefault"/> (20).</summary>
    public int Default { get; set; } = DocumentedDefault;

    /// <summary>
    /// Limits by action name, in requests per second (0 = no limit). Default <see cref="DocumentedLimits"/>; configuration
    /// adds to and overrides it.
    /// </summary>
    public Dictionary<string, int> Actions { get; } = new(DocumentedLimits, StringComparer.Ordinal);

    /// <summary>
    /// Longest a call waits for its turn before it fails with <see cref="GseErrorCodes.ClientRateLimited"/>
    /// (0 to 10 minutes). Default 30 seconds, the default <see cref="GseClientOptions.Timeout"/>.
    /// </summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Most calls of one action and region that may wait at once (0 to 1,000,000); one more fails at once with
    /// <see cref="GseErrorCodes.ClientRateLimited"/>. Default 10,000.
    /// </summary>
    public int QueueLimit { get; set; } = 10_000;

    /// <summary>Problems found while reading configuration (unknown actions, values that are not numbers), reported by validation.</summary>
    internal List<string> ConfigurationErrors { get; } = [];

    /// <summary>The limit of <paramref name="action"/> in requests per second; 0 when it is not limited.</summary>
    /// <param name="action">Action name, as in <see cref="GseException.Action"/>.</param>
    /// <returns>The limit, or 0.</returns>
    public int LimitOf(string action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return !Enabled ? 0 : Actions.TryGetValue(action, out var limit) ? limit : Default;
    }
}
