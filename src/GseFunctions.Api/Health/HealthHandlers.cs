using GseFunctions.Api.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GseFunctions.Api.Health;

/// <summary>Health: liveness (the process answers) and readiness (storage and GSE reachable).</summary>
public static class HealthHandlers
{
    private static readonly HealthView Alive = new(nameof(HealthStatus.Healthy), new Dictionary<string, HealthCheckView>(StringComparer.Ordinal));

    /// <summary>
    /// <c>GET /api/health</c> and <c>GET /api/health/ready</c> (anonymous): the readiness checks (<c>storage</c>,
    /// <c>gse</c>; each with its own timeout), through <paramref name="readiness"/>, which runs them at most once per
    /// cache period. 200 with a <see cref="HealthView"/> when none is unhealthy, else 503 with the same shape.
    /// Descriptions are fixed texts: no exception message, endpoint or connection string reaches the answer.
    /// </summary>
    /// <param name="readiness">The cached readiness checks.</param>
    /// <param name="cancellationToken">Stops waiting for the checks.</param>
    /// <returns>The result.</returns>
    public static async Task<IResult> ReadyAsync(ReadinessCache readiness, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(readiness);
        var report = await readiness.CheckAsync(cancellationToken).ConfigureAwait(false);
        var view = HealthView.From(report);
        return ApiResults.Json(report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK, view);
    }

    /// <summary>
    /// <c>GET /api/health/live</c> (anonymous): 200 <c>{"status":"Healthy","checks":{}}</c> whenever the process serves
    /// requests. It calls nothing (no storage, no GSE), so a liveness probe cannot restart a healthy process because
    /// a dependency is down, nor load the dependencies.
    /// </summary>
    /// <returns>The result.</returns>
    public static IResult Live() => ApiResults.Json(StatusCodes.Status200OK, Alive);
}
