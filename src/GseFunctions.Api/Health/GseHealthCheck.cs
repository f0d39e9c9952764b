using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GseFunctions.Api.Health;

/// <summary>
/// <c>gse</c>: one cheap read (ListAliases, one item) with the service's own client and credentials. Throttling is
/// Degraded (GSE answered); anything else that fails is Unhealthy, described by a fixed text and GSE's error code.
/// </summary>
internal sealed class GseHealthCheck(GseClient gse) : IHealthCheck
{
    public const string Name = "gse";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await gse.ListAliasesAsync(new ListAliasesRequest { Limit = 1 }, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (GseException e)
        {
            return e.Code switch
            {
                _ when GseErrorCodes.IsInFamily(e.Code, GseErrorCodes.AuthFailure) || GseErrorCodes.IsInFamily(e.Code, GseErrorCodes.UnauthorizedOperation)
                    => HealthCheckResult.Unhealthy("GSE refused this service's credentials (check the Gse settings).", e),
                _ when GseErrorCodes.IsInFamily(e.Code, GseErrorCodes.RequestLimitExceeded)
                    => HealthCheckResult.Degraded("GSE is throttling this service's calls.", e),
                GseErrorCodes.ClientConnectFailed or GseErrorCodes.ClientTimeout or GseErrorCodes.ClientTransport
                    => HealthCheckResult.Unhealthy("GSE unreachable.", e),
                _ => HealthCheckResult.Unhealthy($"GSE answered an error ({SafeCode(e.Code)}).", e),
            };
        }
    }

    // The code comes from the remote answer: keep it to the shape of a Tencent error code.
    private static string SafeCode(string code) =>
        code.Length <= 64 && code.All(c => char.IsAsciiLetterOrDigit(c) || c == '.') ? code : "unrecognised code";
}
