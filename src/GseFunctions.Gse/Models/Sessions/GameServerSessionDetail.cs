namespace GseFunctions.Gse.Models;

/// <summary>The <c>GameServerSessionDetail</c> data structure.</summary>
public sealed record GameServerSessionDetail
{
    /// <summary>Game server session object.</summary>
    public GameServerSession? GameServerSession { get; init; }

    /// <summary>NoProtection | FullProtection (examples also TimeLimitProtection) (may be null). See <see cref="GseProtectionPolicies"/>.</summary>
    public string? ProtectionPolicy { get; init; }
}
