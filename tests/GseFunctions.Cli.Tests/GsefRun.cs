namespace GseFunctions.Cli.Tests;

/// <summary>One finished run of the tool.</summary>
public sealed record GsefRun(int ExitCode, string Stdout, string Stderr, string Command)
{
    public string All => Stdout + Stderr;

    public override string ToString() => $"$ gsef {Command}\n[exit {ExitCode}]\n--- stdout ---\n{Stdout}--- stderr ---\n{Stderr}";
}
