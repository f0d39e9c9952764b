using GseFunctions.Api.Problems;
using GseFunctions.SelfHost.Durable;
using K = GseFunctions.SelfHost.Durable.DurableBackendConfigurationKeys;

namespace GseFunctions.SelfHost.Management;

/// <summary>
/// The task hub and connection the self-host's Durable webhooks serve: named in the management URIs as the Durable
/// extension names them (<c>taskHub</c> = the hub, <c>connection</c> = host.json's <c>storageProvider.connectionName</c>,
/// else <c>Storage</c>, the extension's default), and checked on requests that name them.
/// </summary>
/// <param name="HubName">The task hub.</param>
/// <param name="ConnectionName">The connection name the management URIs carry.</param>
/// <param name="AcceptedConnections">Connection names a request may give (all meaning the one storage account served).</param>
internal sealed record DurableWebhookTarget(string HubName, string ConnectionName, IReadOnlyList<string> AcceptedConnections)
{
    /// <summary>The query parameter naming the task hub.</summary>
    public const string TaskHubParameter = "taskHub";

    /// <summary>The query parameter naming the connection.</summary>
    public const string ConnectionParameter = "connection";

    /// <summary>The Durable extension's default connection name (it resolves to <c>AzureWebJobsStorage</c>).</summary>
    public const string DefaultConnectionName = "Storage";

    public static DurableWebhookTarget From(DurableBackendOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = new[] { configuration[K.ConnectionName], configuration[K.ConnectionStringName] }.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
        var name = configured ?? DefaultConnectionName;
        var accepted = new List<string> { name, options.ConnectionName };
        if (string.Equals(options.ConnectionName, K.DefaultConnectionName, StringComparison.OrdinalIgnoreCase))
        {
            accepted.Add(DefaultConnectionName);
        }

        return new DurableWebhookTarget(options.HubName, name, accepted);
    }

    /// <summary>
    /// A 404 when the request names another task hub or connection (a blank value means this host's, as in the Durable
    /// extension); null when it is served here. Task hub names compare without case, as Azure Storage does.
    /// </summary>
    public ApiProblemException? Refusal(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Named(request, TaskHubParameter) is { } hub && !string.Equals(hub, HubName, StringComparison.OrdinalIgnoreCase))
        {
            return ApiProblemException.NotFound($"This host serves task hub '{HubName}' only; the taskHub parameter names another.");
        }

        if (Named(request, ConnectionParameter) is { } connection && !AcceptedConnections.Contains(connection, StringComparer.OrdinalIgnoreCase))
        {
            return ApiProblemException.NotFound($"This host serves the connection '{ConnectionName}' only; the connection parameter names another.");
        }

        return null;
    }

    private static string? Named(HttpRequest request, string parameter) =>
        request.Query[parameter].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
