using GseFunctions.SelfHost.Durable;

namespace GseFunctions.SelfHost;

/// <summary>Log messages of the self-host (event ids 5000-5099). No message carries a secret.</summary>
internal static partial class Log
{
    [LoggerMessage(5000, LogLevel.Information, "Durable backend starting: hub {HubName}, role {Role}, {PartitionCount} partitions, sidecar on {SocketPath}")]
    public static partial void DurableBackendStarting(ILogger logger, string hubName, DurableBackendRole role, int partitionCount, string socketPath);

    /// <summary>The readiness line process fixtures wait for.</summary>
    [LoggerMessage(5001, LogLevel.Information, "Durable backend ready: hub {HubName}, role {Role}")]
    public static partial void DurableBackendReady(ILogger logger, string hubName, DurableBackendRole role);

    [LoggerMessage(5002, LogLevel.Critical, "Durable backend of hub {HubName} failed to start; stopping the application")]
    public static partial void DurableBackendFailed(ILogger logger, Exception? exception, string hubName);

    [LoggerMessage(5003, LogLevel.Information, "Durable dispatchers of hub {HubName} drained and leases released in {Elapsed}")]
    public static partial void DispatchersDrained(ILogger logger, string hubName, TimeSpan elapsed);

    [LoggerMessage(5004, LogLevel.Warning, "Durable dispatchers of hub {HubName} did not drain within the shutdown timeout ({Elapsed}); leases expire on their own")]
    public static partial void DrainTimedOut(ILogger logger, string hubName, TimeSpan elapsed);

    [LoggerMessage(5005, LogLevel.Error, "Durable dispatchers of hub {HubName} failed while draining")]
    public static partial void DrainFailed(ILogger logger, Exception exception, string hubName);

    [LoggerMessage(5006, LogLevel.Information, "Durable backend stopped: hub {HubName}")]
    public static partial void DurableBackendStopped(ILogger logger, string hubName);

    [LoggerMessage(5010, LogLevel.Error, "Unhandled exception answering {Method} {Path}")]
    public static partial void UnhandledRequestException(ILogger logger, string method, string path, Exception exception);
}
