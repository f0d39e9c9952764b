using Microsoft.Extensions.Logging;

namespace GseFunctions.Gse;

/// <summary>Log messages of the GSE client (event ids 1000-1099). No message carries a secret.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Warning, Message = "GSE {Action} failed with {Code} (RequestId {RequestId}); retry {Attempt} in {Delay}")]
    public static partial void RetryingCall(ILogger logger, string action, string code, string? requestId, int attempt, TimeSpan delay);
}
