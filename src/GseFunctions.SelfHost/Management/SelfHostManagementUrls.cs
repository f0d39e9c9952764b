using GseFunctions.Api.Management;
using GseFunctions.SelfHost.Auth;
using GseFunctions.SelfHost.Durable;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace GseFunctions.SelfHost.Management;

/// <summary>
/// Management URIs pointing at the self-host's own <c>/runtime/webhooks/durabletask</c> API, as the Durable extension
/// builds them (<c>HttpApiHandler.GetClientResponseLinks</c>): the host's base URL (<see cref="PublicBaseUrl"/>, never
/// the request's <c>Host</c> header), then <c>taskHub</c>, <c>connection</c> (<see cref="DurableWebhookTarget"/>) and
/// <c>code</c> (the derived system key, never the master key).
/// </summary>
internal sealed class SelfHostManagementUrls(FunctionKeyVerifier keys, IOptions<DurableBackendOptions> backend, IConfiguration configuration, PublicBaseUrl baseUrl) : IManagementUrls
{
    public const string WebhookPath = "/runtime/webhooks/durabletask";

    public HttpManagementPayload Create(HttpRequest request, DurableTaskClient client, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var target = DurableWebhookTarget.From(backend.Value, configuration);
        var instance = $"{baseUrl.Value}{WebhookPath}/instances/{Uri.EscapeDataString(instanceId)}";
        var common = $"{DurableWebhookTarget.TaskHubParameter}={Uri.EscapeDataString(target.HubName)}"
            + $"&{DurableWebhookTarget.ConnectionParameter}={Uri.EscapeDataString(target.ConnectionName)}"
            + $"&{FunctionKeyVerifier.QueryName}={Uri.EscapeDataString(keys.SystemKey)}";
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
