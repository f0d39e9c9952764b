namespace GseFunctions.Cli;

/// <summary>The exit codes gsef documents (README, "The gsef CLI"), so a pipeline step can branch on them.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked; a rollout it followed completed.</summary>
    public const int Succeeded = 0;

    /// <summary>A rollout it followed failed, rolled back or was aborted; or the API refused or failed for another reason.</summary>
    public const int Failed = 1;

    /// <summary>Bad input: the command line did not parse, or the API answered 400 (field errors printed), 404, 413 or 415.</summary>
    public const int BadInput = 2;

    /// <summary>The API could not be reached (connection, DNS, timeout) or refused the key (401, 403).</summary>
    public const int Unreachable = 3;

    /// <summary>Another rollout holds the alias (the API's 409 <c>rollout-in-progress</c>).</summary>
    public const int AliasHeld = 4;
}
