using System.Text.RegularExpressions;

namespace GseFunctions.Infra.Tests.Bicep;

/// <summary>One Bicep CLI run: what it was asked, its exit code and output, and the diagnostics it printed.</summary>
public sealed partial record BicepRun(string Command, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Diagnostics as the CLI prints them: <c>path(line,column) : Level CODE: message</c>.</summary>
    public IReadOnlyList<BicepDiagnostic> Diagnostics { get; } = Parse(StandardError);

    /// <summary>
    /// Why this run is not clean: a non-zero exit, every diagnostic (a warning fails like an error: BCP089 for a
    /// misspelt property, linter rules) and any other line on stderr. Empty when clean.
    /// </summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            var problems = new List<string>();
            if (ExitCode != 0)
            {
                problems.Add($"`bicep {Command}` exited with {ExitCode}");
            }

            problems.AddRange(Diagnostics.Select(d => d.ToString()));
            problems.AddRange(StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(line => !DiagnosticLine().IsMatch(line))
                .Select(line => "stderr: " + line));
            return problems;
        }
    }

    private static List<BicepDiagnostic> Parse(string stderr) =>
        [.. stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => DiagnosticLine().Match(line))
            .Where(m => m.Success)
            .Select(m => new BicepDiagnostic(
                m.Groups["file"].Value,
                int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                m.Groups["level"].Value,
                m.Groups["code"].Value,
                m.Groups["message"].Value))];

    [GeneratedRegex(@"^(?<file>.+)\((?<line>\d+),(?<column>\d+)\) : (?<level>Error|Warning|Info) (?<code>[^:\s]+): (?<message>.*)$")]
    private static partial Regex DiagnosticLine();
}

/// <summary>One diagnostic the Bicep CLI printed.</summary>
public sealed record BicepDiagnostic(string File, int Line, string Level, string Code, string Message)
{
    public override string ToString() => $"{File}({Line}) {Level} {Code}: {Message}";
}
