namespace GseFunctions.Gse;

/// <summary>
/// Fleet actions (<c>Actions</c> of StartFleetActions and StopFleetActions, <c>FleetAttributes.StoppedActions</c>,
/// gse-api.md §4.2 and §4.8).
/// </summary>
public static class GseFleetActions
{
    /// <summary>Auto scaling, the only action: StopFleetActions turns it off, StartFleetActions on again (§4.8).</summary>
    public const string AutoScaling = "AUTO_SCALING";
}
