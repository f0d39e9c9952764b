namespace GseFunctions.Api.Health;

/// <summary>One check of <c>GET /api/health</c>.</summary>
/// <param name="Status">Healthy, Degraded or Unhealthy.</param>
/// <param name="DurationMs">How long the check took, in milliseconds.</param>
/// <param name="Description">A fixed text saying what failed, when it did.</param>
public sealed record HealthCheckView(string Status, long DurationMs, string? Description);
