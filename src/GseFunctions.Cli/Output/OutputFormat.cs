namespace GseFunctions.Cli.Output;

/// <summary><c>--output</c>: tables for people, or the API's JSON for scripts.</summary>
internal enum OutputFormat
{
    Table,
    Json,
}
