using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GseFunctions.Api.Health;

/// <summary>
/// <c>gse</c>: one cheap read (ListAliases, one item) with the service's own client and credentials. Throttling is
/// Degraded (GSE answered); anything else that fails is Unhealthy, described by a fixed text and GSE's error code. When
/// <c>Gse:Endpoint</c> is Tencent's retired public GSE, every description starts with <see cref="RetiredGseEndpoint.Notice"/>.
/// </summary>
internal sealed class GseHealthCheck(GseClient gse, IOptionsMonitor<GseClientOptions> options) : IHealthCheck
{
    public const string Name = "gse";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var result = await CheckGseAsync(cancellationToken).ConfigureAwait(false);
        return RetiredGseEndpoint.Is(options.CurrentValue.Endpoint)
            ? new HealthCheckResult(result.Status, $"{RetiredGseEndpoint.Notice} {result.Description}".TrimEnd(), result.Exception, result.Data)
            : result;
    }

    private async Task<HealthCheckResult> CheckGseAsync(CancellationToken cancellationToken)
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
