using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>UpdateFleetAttributes</c>.</summary>
public sealed record UpdateFleetAttributesRequest : IGseRequest<UpdateFleetAttributesResponse>
{
    /// <summary>Fleet ID, e.g. fleet-qp3g3caa-nkeekxw6.</summary>
    [Required]
    public string? FleetId { get; init; }

    /// <summary>Description, 0-100 chars.</summary>
    [StringLength(100)]
    public string? Description { get; init; }

    /// <summary>Fleet name, 1-50 chars.</summary>
    [StringLength(50, MinimumLength = 1)]
    public string? Name { get; init; }

    /// <summary>NoProtection | TimeLimitProtection | FullProtection (note: different field name than CreateFleet). See <see cref="GseProtectionPolicies"/>.</summary>
    public string? NewGameSessionProtectionPolicy { get; init; }

    /// <summary>Per-creator session creation limit.</summary>
    public ResourceCreationLimitPolicy? ResourceCreationLimitPolicy { get; init; }

    /// <summary>Minutes for TimeLimitProtection, 5-1440, default 60.</summary>
    [Range(5, 1440)]
    public int? GameServerSessionProtectionTimeLimit { get; init; }
}
