using GseFunctions.Cli;
using GseFunctions.Cli.Commands;
using GseFunctions.Cli.Output;

// gsef <command> [options]: see README, "The gsef CLI".
var root = CliCommands.Create();
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // Parse errors are bad input (exit 2), not System.CommandLine's default 1; they name tokens, never the key.
    var redactor = new SecretRedactor(parse.GetValue(GlobalOptions.Key) ?? Environment.GetEnvironmentVariable(GlobalOptions.KeyVariable));
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine(redactor.Redact("gsef: " + error.Message));
    }

    Console.Error.WriteLine("Try 'gsef --help' (or the command followed by --help).");
    return ExitCodes.BadInput;
}

return await parse.InvokeAsync();
