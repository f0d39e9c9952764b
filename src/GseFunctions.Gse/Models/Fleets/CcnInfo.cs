using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>The <c>CcnInfo</c> data structure.</summary>
public sealed record CcnInfo
{
    /// <summary>CCN owner account.</summary>
    [Required]
    public string? AccountId { get; init; }

    /// <summary>CCN (Cloud Connect Network) ID.</summary>
    [Required]
    public string? CcnId { get; init; }
}
