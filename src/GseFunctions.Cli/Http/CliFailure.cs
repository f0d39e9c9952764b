namespace GseFunctions.Cli.Http;

/// <summary>
/// Why a command stops before it is done, with the exit code it ends with. The message and lines never hold the key:
/// they are built from the API's problem details and the command's own words.
/// </summary>
internal sealed class CliFailure : Exception
{
    public CliFailure(int exitCode, string message, IReadOnlyList<string>? lines = null)
        : base(message)
    {
        ExitCode = exitCode;
        Lines = lines ?? [];
    }

    public CliFailure()
        : this(ExitCodes.Failed, "failed")
    {
    }

    public CliFailure(string message)
        : this(ExitCodes.Failed, message)
    {
    }

    public CliFailure(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = ExitCodes.Failed;
        Lines = [];
    }

    public int ExitCode { get; }

    /// <summary>Further lines to print under the message (field errors, the holder of an alias).</summary>
    public IReadOnlyList<string> Lines { get; }
}
