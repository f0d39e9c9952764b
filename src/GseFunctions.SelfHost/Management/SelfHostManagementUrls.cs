using GseFunctions.Api.Management;
using GseFunctions.SelfHost.Auth;
using Microsoft.DurableTask.Client;

namespace GseFunctions.SelfHost.Management;

/// <summary>
/// Management URIs pointing at the self-host's own <c>/runtime/webhooks/durabletask</c> API, as the Functions host
/// builds them: base from the request, then <c>taskHub</c>, <c>connection</c> and <c>code</c> (the derived system key).
/// </summary>
internal sealed class SelfHostManagementUrls(FunctionKeyVerifier keys, IConfiguration configuration) : IManagementUrls
{
    public const string WebhookPath = "/runtime/webhooks/durabletask";

    public HttpManagementPayload Create(HttpRequest request, DurableTaskClient client, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var hub = configuration["extensions:durableTask:hubName"] is { Length: > 0 } name ? name : "GseFunctions";
        var instance = $"{request.Scheme}://{request.Host}{request.PathBase}{WebhookPath}/instances/{Uri.EscapeDataString(instanceId)}";
        var common = $"taskHub={Uri.EscapeDataString(hub)}&connection=Storage&code={Uri.EscapeDataString(keys.SystemKey)}";
        return new HttpManagementPayload(
            instanceId,
            $"{instance}?{common}",
            $"{instance}/raiseEvent/{{eventName}}?{common}",
            $"{instance}/terminate?reason={{text}}&{common}",
            $"{instance}?{common}",
            $"{instance}/restart?{common}",
            $"{instance}/suspend?reason={{text}}&{common}",
            $"{instance}/resume?reason={{text}}&{common}");
    }
}
