using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using Azure.Core.Diagnostics;
using GseFunctions.Testing;

namespace GseFunctions.Api.Tests.Sessions;

/// <summary>
/// Records every Azure SDK request (the Azure.Core event source, process-wide) that reaches one Azurite, so a test
/// can tell what a route did to storage. The Durable backend keeps polling its queues and renewing its leases in the
/// background; <see cref="ProductRequests"/> leaves those out.
/// </summary>
public sealed class StorageRequestRecorder : IDisposable
{
    private readonly AzureEventSourceListener _listener;
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly string[] _hosts;

    public StorageRequestRecorder(AzuriteServer azurite)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        _hosts = [$"127.0.0.1:{azurite.BlobPort}/", $"127.0.0.1:{azurite.QueuePort}/", $"127.0.0.1:{azurite.TablePort}/"];
        _listener = new AzureEventSourceListener(Record, EventLevel.Informational);
    }

    /// <summary>Every recorded request as "METHOD uri".</summary>
    public IReadOnlyList<string> All => [.. _requests];

    /// <summary>The requests that are not the Durable backend's housekeeping on its task hub <paramref name="hub"/>.</summary>
    public IReadOnlyList<string> ProductRequests(string hub)
    {
        var lower = hub.ToLowerInvariant();
        string[] durable = [$"/{lower}-", $"/{hub}Instances", $"/{hub}History", $"/{hub}Partitions"];
        return [.. All.Where(r => !durable.Any(d => r.Contains(d, StringComparison.Ordinal)))];
    }

    public void Dispose() => _listener.Dispose();

    private void Record(EventWrittenEventArgs e, string message)
    {
        if (e.EventSource.Name != "Azure-Core" || e.EventName != "Request" || e.PayloadNames is null || e.Payload is null)
        {
            return;
        }

        var uri = e.Payload[e.PayloadNames.IndexOf("uri")] as string ?? string.Empty;
        var method = e.Payload[e.PayloadNames.IndexOf("method")] as string ?? "?";
        if (_hosts.Any(h => uri.Contains(h, StringComparison.Ordinal)))
        {
            _requests.Enqueue($"{method} {uri}");
        }
    }
}
