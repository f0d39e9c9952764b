using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>A resource tag.</summary>
public sealed record Tag
{
    /// <summary>Tag key, at most 127 bytes.</summary>
    [Required]
    public string? Key { get; init; }

    /// <summary>Tag value, at most 255 bytes.</summary>
    [Required]
    public string? Value { get; init; }
}
