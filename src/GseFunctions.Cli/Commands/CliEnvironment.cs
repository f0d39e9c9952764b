namespace GseFunctions.Cli.Commands;

/// <summary>The process's console, environment variables and clock, as the commands see them.</summary>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, bool OutIsTerminal, Func<string, string?> Variable, TimeProvider Time)
{
    public static CliEnvironment Process { get; } = new(
        Console.Out,
        Console.Error,
        !Console.IsOutputRedirected,
        System.Environment.GetEnvironmentVariable,
        TimeProvider.System);
}
