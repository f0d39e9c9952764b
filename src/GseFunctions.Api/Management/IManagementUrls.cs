using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Management;

/// <summary>
/// Builds the management payload for an instance. Each host has its own: the Functions app asks its Durable client
/// (the URIs point at the Functions host's webhooks, with its system key); the self-host points at its own
/// <c>/runtime/webhooks/durabletask</c> API.
/// </summary>
public interface IManagementUrls
{
    /// <summary>The payload for <paramref name="instanceId"/>, as seen from <paramref name="request"/>.</summary>
    /// <param name="request">The request being answered (its scheme and host are the base).</param>
    /// <param name="client">The Durable client of the request.</param>
    /// <param name="instanceId">The instance.</param>
    /// <returns>The payload.</returns>
    HttpManagementPayload Create(HttpRequest request, DurableTaskClient client, string instanceId);
}
