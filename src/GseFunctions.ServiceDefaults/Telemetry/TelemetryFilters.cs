using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace GseFunctions.ServiceDefaults.Telemetry;

/// <summary>Which requests become spans: ours, not the Durable sidecar's gRPC traffic or the storage backend's polling.</summary>
internal static class TelemetryFilters
{
    private const string GrpcContentType = "application/grpc";

    /// <summary>An incoming request is traced unless it is gRPC (the worker talking to the in-process sidecar).</summary>
    public static bool IsTracedRequest(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return !IsGrpc(context.Request.ContentType);
    }

    /// <summary>
    /// An outgoing call is traced when it is not gRPC and belongs to a traced operation (a request, a GSE call, a Durable
    /// activity). Calls made with no operation around them are the Durable storage backend polling its queues and
    /// renewing leases, every few seconds for the life of the process.
    /// </summary>
    public static bool IsTracedHttpCall(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);

        // The instrumentation has already started the call's own span: its parent is the operation, if any.
        return !IsGrpc(request.Content?.Headers.ContentType?.MediaType) && Activity.Current?.Parent is not null;
    }

    private static bool IsGrpc(string? contentType) =>
        contentType is not null && contentType.StartsWith(GrpcContentType, StringComparison.OrdinalIgnoreCase);
}
