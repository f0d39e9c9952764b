namespace GseFunctions.Gse;

/// <summary>Types of the resources that use a fleet (<c>FleetRelatedResource.Type</c>, gse-api.md §4.9).</summary>
public static class GseFleetRelatedResourceTypes
{
    /// <summary>An alias routing to the fleet (§4.9).</summary>
    public const string Alias = "ALIAS";

    /// <summary>A game server session queue placing sessions on the fleet (§4.9).</summary>
    public const string Queue = "QUEUE";
}
