namespace GseFunctions.Gse.Emulator;

/// <summary>Log messages of the local GSE (event ids 2000-2099). No message carries a secret.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Debug, Message = "{Action} in {Region} answered (RequestId {RequestId})")]
    public static partial void Handled(ILogger logger, string action, string region, string requestId);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "{Action} refused with {Code} (RequestId {RequestId})")]
    public static partial void Refused(ILogger logger, string action, string code, string requestId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "{Action} answered injected HTTP {Status} (RequestId {RequestId})")]
    public static partial void InjectedStatus(ILogger logger, string action, int status, string requestId);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error, Message = "{Action} failed unexpectedly (RequestId {RequestId})")]
    public static partial void Failed(ILogger logger, Exception exception, string action, string requestId);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "Fleet {FleetId} created in {Region}")]
    public static partial void FleetCreated(ILogger logger, string fleetId, string region);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Information, Message = "Fleet {FleetId} went to ERROR: {Reason}")]
    public static partial void FleetFailed(ILogger logger, string fleetId, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Local GSE listening; simulated clock runs {TimeScale}x real time; accepted SecretId {SecretId}")]
    public static partial void Started(ILogger logger, double timeScale, string secretId);
}
