using System.Text.Json.Serialization;

namespace GseFunctions.Api.Fleets;

/// <summary>
/// A fleet as <c>GET /api/fleets</c> and <c>GET /api/fleets/{fleetId}</c> answer it: one moment's GSE figures. Members
/// GSE gave no value for are written as null.
/// </summary>
/// <param name="FleetId">The fleet id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">Its description.</param>
/// <param name="Status">GSE's fleet status (NEW, DOWNLOADING, …, ACTIVE, ERROR, DELETING, TERMINATED).</param>
/// <param name="AssetId">The asset (server package) it runs.</param>
/// <param name="Capacity">Its instance bounds and desired count, or null when GSE answered none.</param>
/// <param name="Instances">Active instances.</param>
/// <param name="LiveSessions">Game server sessions that are ACTIVATING or ACTIVE.</param>
/// <param name="AvailableSessions">Server processes free for a new session.</param>
/// <param name="ProtectionPolicy">The protection new sessions get (NoProtection, TimeLimitProtection, FullProtection).</param>
/// <param name="Aliases">The aliases routing to it (SIMPLE aliases whose fleet it is).</param>
/// <param name="ReadAt">When the figures were read (UTC).</param>
public sealed record FleetView(
    string FleetId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Description,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? AssetId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] FleetCapacityView? Capacity,
    int Instances,
    int LiveSessions,
    int AvailableSessions,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ProtectionPolicy,
    IReadOnlyList<FleetAliasView> Aliases,
    DateTime ReadAt);

/// <summary>A fleet's instance bounds and desired count.</summary>
/// <param name="MinSize">Minimum instances.</param>
/// <param name="DesiredInstances">Desired instances.</param>
/// <param name="MaxSize">Maximum instances.</param>
public sealed record FleetCapacityView(int MinSize, int DesiredInstances, int MaxSize);

/// <summary>An alias routing to a fleet.</summary>
/// <param name="AliasId">The alias id.</param>
/// <param name="Name">Its name.</param>
public sealed record FleetAliasView(string AliasId, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Name);
