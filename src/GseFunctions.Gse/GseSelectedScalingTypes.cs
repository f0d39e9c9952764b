namespace GseFunctions.Gse;

/// <summary>Whether CopyFleet copies the source fleet's scaling policies (<c>SelectedScalingType</c>, gse-api.md §4.9).</summary>
public static class GseSelectedScalingTypes
{
    /// <summary>Copy the scaling policies (§4.9).</summary>
    public const string Selected = "SCALING_SELECTED";

    /// <summary>Do not copy them; the default (§3.3 CopyFleet, §4.9).</summary>
    public const string Unselected = "SCALING_UNSELECTED";
}
