using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GseFunctions.Api.Health;

/// <summary>The answer of <c>GET /api/health</c>.</summary>
/// <param name="Status">Healthy, Degraded or Unhealthy: the worst of the checks.</param>
/// <param name="Checks">Each check by name (<c>storage</c>, <c>gse</c>).</param>
public sealed record HealthView(string Status, IReadOnlyDictionary<string, HealthCheckView> Checks)
{
    /// <summary>What a check that threw says instead of its exception's message (which may name hosts or accounts).</summary>
    internal const string CheckFailed = "The check failed.";

    internal static HealthView From(HealthReport report) => new(
        report.Status.ToString(),
        report.Entries.ToDictionary(e => e.Key, e => Check(e.Value), StringComparer.Ordinal));

    private static HealthCheckView Check(HealthReportEntry entry)
    {
        // The health check service describes a check that threw by the exception's message: never let it through.
        var description = entry.Exception is { } e && string.Equals(entry.Description, e.Message, StringComparison.Ordinal)
            ? CheckFailed
            : entry.Description;
        return new HealthCheckView(entry.Status.ToString(), (long)Math.Round(entry.Duration.TotalMilliseconds), description);
    }
}
