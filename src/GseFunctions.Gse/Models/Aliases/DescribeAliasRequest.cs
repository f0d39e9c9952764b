using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>DescribeAlias</c>.</summary>
public sealed record DescribeAliasRequest : IGseRequest<DescribeAliasResponse>
{
    /// <summary>Alias ID.</summary>
    [Required]
    public string? AliasId { get; init; }
}
