using System.CommandLine;
using GseFunctions.Cli.Output;

namespace GseFunctions.Cli.Commands;

/// <summary>
/// The options every command takes: where the API is, the key, and the output format. The key's environment variable
/// is read when a command runs, never as an option default, so help and errors cannot show it.
/// </summary>
internal static class GlobalOptions
{
    public const string UrlVariable = "GSEF_URL";
    public const string KeyVariable = "GSEF_KEY";

    public static readonly Option<string?> Url = new("--url")
    {
        Description = $"Base URL of the GseFunctions host, e.g. http://127.0.0.1:7071 (default: ${UrlVariable})",
        Recursive = true,
    };

    public static readonly Option<string?> Key = new("--key")
    {
        Description = $"The key sent as x-functions-key: the master key, or a function key for sessions (default: ${KeyVariable}). Never printed.",
        Recursive = true,
    };

    public static readonly Option<OutputFormat> Output = new("--output", "-o")
    {
        Description = "table (for people) or json (the API's JSON, for scripts)",
        DefaultValueFactory = _ => OutputFormat.Table,
        Recursive = true,
    };
}
