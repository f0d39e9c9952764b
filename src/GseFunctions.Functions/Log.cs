using Microsoft.Extensions.Logging;

namespace GseFunctions.Functions;

/// <summary>Log messages of the Functions app (event ids 6000-6099). No message carries a secret.</summary>
internal static partial class Log
{
    [LoggerMessage(6000, LogLevel.Error, "Unhandled exception in function {FunctionName} answering {Method} {Path}")]
    public static partial void UnhandledFunctionException(ILogger logger, string functionName, string method, string path, Exception exception);
}
