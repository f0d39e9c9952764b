using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace GseFunctions.Cli.Output;

/// <summary>
/// Everything gsef writes goes through here — results to stdout (tables, or the API's JSON indented), messages to
/// stderr — rendered to text first and passed through the <see cref="SecretRedactor"/>. The one exception is the live
/// view (<see cref="Watching.LiveProgress"/>), which redraws the terminal itself and shows only a rollout's figures.
/// </summary>
internal sealed class Printer(OutputFormat format, SecretRedactor redactor, TextWriter stdout, TextWriter stderr, bool stdoutIsTerminal)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public OutputFormat Format => format;

    public bool Json => format == OutputFormat.Json;

    /// <summary>Whether a live view may redraw stdout (a terminal, table output).</summary>
    public bool Live => stdoutIsTerminal && !Json;

    public SecretRedactor Redactor => redactor;

    /// <summary>The API's JSON as it came (indented), on stdout.</summary>
    public void WriteJson(JsonElement body) => stdout.WriteLine(redactor.Redact(JsonSerializer.Serialize(body, Indented)));

    /// <summary>A line of the result on stdout.</summary>
    public void Line(string text = "") => stdout.WriteLine(redactor.Redact(text));

    /// <summary>A message on stderr (progress in JSON mode, errors).</summary>
    public void Error(string text) => stderr.WriteLine(redactor.Redact(text));

    /// <summary>A progress line: stdout in table mode, stderr in JSON mode (stdout stays one JSON document).</summary>
    public void Progress(string text)
    {
        if (Json)
        {
            Error(text);
        }
        else
        {
            Line(text);
        }
    }

    /// <summary>Renders a Spectre widget (a table, a grid) to stdout, as plain text when stdout is not a terminal.</summary>
    public void Render(IRenderable renderable)
    {
        using var buffer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = stdoutIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = stdoutIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(buffer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = stdoutIsTerminal && !Console.IsOutputRedirected ? Math.Max(Console.WindowWidth, 60) : 200;
        console.Write(renderable);
        var text = buffer.ToString();
        if (!stdoutIsTerminal)
        {
            // Spectre pads every cell to the column's width; a log needs no trailing blanks.
            text = string.Join('\n', text.Split('\n').Select(line => line.TrimEnd()));
        }

        stdout.Write(redactor.Redact(text));
    }

    /// <summary>Name/value rows (a record), values escaped for Spectre markup.</summary>
    public void Fields(IEnumerable<(string Name, string? Value)> rows)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        foreach (var (name, value) in rows)
        {
            if (value is not null)
            {
                grid.AddRow(new Text(name + ":"), new Text(value));
            }
        }

        Render(grid);
    }

    /// <summary>A table with <paramref name="columns"/> and one row per item (cells as text, escaped).</summary>
    public void Table(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var table = new Table().Border(stdoutIsTerminal ? TableBorder.Rounded : TableBorder.Simple);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        var count = 0;
        foreach (var row in rows)
        {
            table.AddRow(row.Select(cell => (IRenderable)new Text(cell ?? "")).ToArray());
            count++;
        }

        if (count == 0)
        {
            Line("(none)");
            return;
        }

        Render(table);
    }
}
