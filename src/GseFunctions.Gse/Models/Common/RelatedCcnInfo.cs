namespace GseFunctions.Gse.Models;

/// <summary>The <c>RelatedCcnInfo</c> data structure.</summary>
public sealed record RelatedCcnInfo
{
    /// <summary>CCN owner account UIN.</summary>
    public string? AccountId { get; init; }

    /// <summary>CCN (Cloud Connect Network) ID.</summary>
    public string? CcnId { get; init; }

    /// <summary>CCN association state (e.g. CCN_SELECTED_BEFORE_CREATE).</summary>
    public string? AttachType { get; init; }
}
