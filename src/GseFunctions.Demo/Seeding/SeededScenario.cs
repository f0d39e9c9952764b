namespace GseFunctions.Demo.Seeding;

/// <summary>What the seed created: the asset, fleet 1 behind the alias and fleet 2 ready for the rollout.</summary>
internal sealed record SeededScenario(string AssetId, string AliasId, string Fleet1, string Fleet2, FleetSizing Sizing)
{
    public const string AliasName = "zero-downtime-update-test";

    /// <summary>"fleet 1" / "fleet 2" for the seed's fleets, the id otherwise.</summary>
    public string NameOf(string? fleetId) =>
        fleetId == Fleet1 ? "fleet 1" : fleetId == Fleet2 ? "fleet 2" : fleetId ?? "none";
}
