using GseFunctions.Gse;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GseFunctions.Api.Health;

/// <summary>
/// Tencent has taken GSE offline (every GSE method in Tencent's SDKs carries the notice), so its public endpoint
/// (<c>gse.tencentcloudapi.com</c>, the client's default, or a regional <c>gse.&lt;region&gt;.tencentcloudapi.com</c>) no
/// longer answers. Both hosts warn at start-up when <c>Gse:Endpoint</c> names it, and the readiness check says so.
/// </summary>
internal static partial class RetiredGseEndpoint
{
    /// <summary>What the readiness payload's <c>gse</c> check adds to its description.</summary>
    public const string Notice = "Gse:Endpoint is the retired public GSE (gse.tencentcloudapi.com), which Tencent has taken offline; point it at a GSE-compatible endpoint.";

    private const string Domain = ".tencentcloudapi.com";

    /// <summary>Whether <paramref name="endpoint"/> is Tencent's public GSE endpoint (global or regional).</summary>
    public static bool Is(Uri? endpoint) =>
        endpoint is { IsAbsoluteUri: true }
        && endpoint.Host.StartsWith("gse.", StringComparison.OrdinalIgnoreCase)
        && endpoint.Host.EndsWith(Domain, StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(6100, LogLevel.Warning, "Gse:Endpoint is {Endpoint}, the public GSE endpoint, which Tencent has taken offline: GSE calls will fail. Point Gse:Endpoint at a GSE-compatible endpoint (the local GSE for local runs).")]
    public static partial void Configured(ILogger logger, string endpoint);

    /// <summary>The start-up warning, logged once by each host.</summary>
    internal sealed class Warning(IOptionsMonitor<GseClientOptions> options, ILogger<Warning> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            try
            {
                var endpoint = options.CurrentValue.Endpoint;
                if (Is(endpoint))
                {
                    Configured(logger, endpoint.Host);
                }
            }
            catch (OptionsValidationException)
            {
                // The options' own validation fails the start and says why; this warning adds nothing then.
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
