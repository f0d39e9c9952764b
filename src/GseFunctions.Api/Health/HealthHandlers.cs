using GseFunctions.Api.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GseFunctions.Api.Health;

/// <summary>Health: storage and GSE reachable.</summary>
public static class HealthHandlers
{
    /// <summary>
    /// <c>GET /api/health</c> (anonymous): runs every registered check (<c>storage</c>, <c>gse</c>; each with its own
    /// timeout) and answers 200 with a <see cref="HealthView"/> when none is unhealthy, else 503 with the same shape.
    /// Descriptions are fixed texts: no exception message, endpoint or connection string reaches the answer.
    /// </summary>
    /// <param name="health">The health check service.</param>
    /// <param name="cancellationToken">Cancels the checks.</param>
    /// <returns>The result.</returns>
    public static async Task<IResult> GetAsync(HealthCheckService health, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(health);
        var report = await health.CheckHealthAsync(cancellationToken).ConfigureAwait(false);
        var view = HealthView.From(report);
        return ApiResults.Json(report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK, view);
    }
}
