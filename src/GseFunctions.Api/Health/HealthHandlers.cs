using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GseFunctions.Api.Health;

/// <summary>Health: storage and GSE reachable.</summary>
public static class HealthHandlers
{
    /// <summary><c>GET /api/health</c> (anonymous).</summary>
    /// <param name="health">The health check service.</param>
    /// <param name="cancellationToken">Cancels the checks.</param>
    /// <returns>The result.</returns>
    public static Task<IResult> GetAsync(HealthCheckService health, CancellationToken cancellationToken) =>
        throw new NotImplementedException("IN PROGRESS");
}
