using GseFunctions.Api.Management;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using HttpManagementPayload = GseFunctions.Api.Management.HttpManagementPayload;

namespace GseFunctions.Functions.Management;

/// <summary>
/// The management payload as the Durable extension builds it: the Functions host's own
/// <c>/runtime/webhooks/durabletask</c> URIs with its task hub, connection and system key, which the
/// <c>[DurableClient]</c> binding hands the client. The request is not used: the host knows its public base URL (its
/// host name, <c>WEBSITE_HOSTNAME</c> in Azure), so a forged <c>Host</c> header cannot redirect the links.
/// </summary>
internal sealed class FunctionsManagementUrls : IManagementUrls
{
    public HttpManagementPayload Create(HttpRequest request, DurableTaskClient client, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrEmpty(instanceId);

        // Throws InvalidOperationException for a client that did not come from a [DurableClient] binding.
        var payload = client.CreateHttpManagementPayload(instanceId);
        return new HttpManagementPayload(
            Field(payload.Id, "id"),
            Field(payload.StatusQueryGetUri, "statusQueryGetUri"),
            Field(payload.SendEventPostUri, "sendEventPostUri"),
            Field(payload.TerminatePostUri, "terminatePostUri"),
            Field(payload.PurgeHistoryDeleteUri, "purgeHistoryDeleteUri"),
            Field(payload.RestartPostUri, "restartPostUri"),
            Field(payload.SuspendPostUri, "suspendPostUri"),
            Field(payload.ResumePostUri, "resumePostUri"));
    }

    private static string Field(string? value, string name) =>
        value ?? throw new InvalidOperationException($"The Durable extension's management payload has no {name}.");
}
