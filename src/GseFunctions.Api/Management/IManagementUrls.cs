using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Management;

/// <summary>
/// Builds the management payload for an instance. Each host has its own: the Functions app asks its Durable client
/// (the URIs point at the Functions host's webhooks, with its system key); the self-host points at its own
/// <c>/runtime/webhooks/durabletask</c> API. The URIs carry a key, so neither takes their base from the request's
/// <c>Host</c> header (which the caller chooses): the base is the host's own public URL.
/// </summary>
public interface IManagementUrls
{
    /// <summary>The payload for <paramref name="instanceId"/>, answering <paramref name="request"/>.</summary>
    /// <param name="request">The request being answered (not the URIs' base).</param>
    /// <param name="client">The Durable client of the request.</param>
    /// <param name="instanceId">The instance.</param>
    /// <returns>The payload.</returns>
    HttpManagementPayload Create(HttpRequest request, DurableTaskClient client, string instanceId);
}
