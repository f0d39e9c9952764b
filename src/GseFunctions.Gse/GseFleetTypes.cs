namespace GseFunctions.Gse;

/// <summary>Fleet types (<c>FleetType</c>, gse-api.md §4.7).</summary>
public static class GseFleetTypes
{
    /// <summary>On-demand instances, the only type GSE supports (§4.7).</summary>
    public const string OnDemand = "ON_DEMAND";
}
