namespace GseFunctions.Gse;

/// <summary>Alias routing types (<c>RoutingStrategy.Type</c>, gse-api.md §4.1).</summary>
public static class GseRoutingTypes
{
    /// <summary>A regular alias: points at one fleet (<c>RoutingStrategy.FleetId</c>) (§4.1).</summary>
    public const string Simple = "SIMPLE";

    /// <summary>
    /// A terminal alias: points at no fleet; its <c>RoutingStrategy.Message</c> (1-1024 characters) tells clients why
    /// (§4.1).
    /// </summary>
    public const string Terminal = "TERMINAL";
}
