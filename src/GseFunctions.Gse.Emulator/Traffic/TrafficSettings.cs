namespace GseFunctions.Gse.Emulator.Traffic;

/// <summary>
/// Simulated player traffic: sessions created through an alias at a steady rate, so a rollout can be watched
/// under load. Set at start (<c>LocalGse:Traffic</c>) or at run time (<c>PUT /_emulator/traffic</c>).
/// </summary>
public sealed record TrafficSettings
{
    /// <summary>Alias to create sessions through (or give <see cref="AliasName"/>).</summary>
    public string? AliasId { get; init; }

    /// <summary>Alias name, resolved to its id each time (the newest alias of that name).</summary>
    public string? AliasName { get; init; }

    /// <summary>Region of the alias. Default ap-shanghai.</summary>
    public string Region { get; init; } = "ap-shanghai";

    /// <summary>Sessions per simulated minute; 0 turns traffic off. Default 0.</summary>
    public double SessionsPerMinute { get; init; }

    /// <summary>MaximumPlayerSessionCount of each session. Default 8.</summary>
    public int MaximumPlayerSessionCount { get; init; } = 8;

    /// <summary>Why the settings are invalid, or null.</summary>
    public string? Problem() => this switch
    {
        { SessionsPerMinute: < 0 or > 100_000 } or { SessionsPerMinute: double.NaN } => "sessionsPerMinute must be between 0 and 100000",
        { MaximumPlayerSessionCount: < 0 or > 200 } => "maximumPlayerSessionCount must be between 0 and 200",
        { SessionsPerMinute: > 0, AliasId: null or "", AliasName: null or "" } => "traffic needs aliasId or aliasName",
        { Region: null or "" } => "region is required",
        _ => null,
    };
}
