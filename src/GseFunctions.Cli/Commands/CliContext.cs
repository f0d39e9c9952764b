using System.CommandLine;
using GseFunctions.Cli.Http;
using GseFunctions.Cli.Output;

namespace GseFunctions.Cli.Commands;

/// <summary>What a command runs with: the API client, the printer, and the parse result to read its own options from.</summary>
internal sealed class CliContext(ApiClient api, Printer printer, ParseResult parse, TimeProvider time)
{
    public ApiClient Api => api;

    public Printer Out => printer;

    public ParseResult Parse => parse;

    public TimeProvider Time => time;

    public T? Value<T>(Option<T> option) => parse.GetValue(option);

    public T? Value<T>(Argument<T> argument) => parse.GetValue(argument);

    /// <summary>A required argument's value (System.CommandLine has already refused a missing one).</summary>
    public T Required<T>(Argument<T> argument) => parse.GetValue(argument) ?? throw new CliFailure(ExitCodes.BadInput, $"{argument.Name} is required.");
}
