using System.CommandLine;
using GseFunctions.Cli.Http;
using GseFunctions.Cli.Output;

namespace GseFunctions.Cli.Commands;

/// <summary>
/// Runs a command's body with the global options resolved, and turns every way it can stop into a message on stderr
/// and a documented exit code (<see cref="ExitCodes"/>). Messages pass the redactor; the key is never in them.
/// </summary>
internal static class CliRunner
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Where the CLI writes and reads its environment; tests and Program give the real ones.</summary>
    public static CliEnvironment Environment { get; set; } = CliEnvironment.Process;

    public static void SetAction(Command command, Func<CliContext, CancellationToken, Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.SetAction((parse, cancellationToken) => RunAsync(parse, body, cancellationToken));
    }

    private static async Task<int> RunAsync(ParseResult parse, Func<CliContext, CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        var env = Environment;
        var key = parse.GetValue(GlobalOptions.Key) ?? env.Variable(GlobalOptions.KeyVariable);
        var printer = new Printer(parse.GetValue(GlobalOptions.Output), new SecretRedactor(key), env.Out, env.Error, env.OutIsTerminal);
        try
        {
            var url = BaseUrl(parse.GetValue(GlobalOptions.Url) ?? env.Variable(GlobalOptions.UrlVariable));
            if (string.IsNullOrEmpty(key))
            {
                throw new CliFailure(ExitCodes.BadInput, $"No key: pass --key or set {GlobalOptions.KeyVariable}.");
            }

            using var http = new HttpClient { Timeout = RequestTimeout };
            var context = new CliContext(new ApiClient(http, url, key), printer, parse, env.Time);
            return await body(context, cancellationToken);
        }
        catch (CliFailure failure)
        {
            printer.Error("gsef: " + failure.Message);
            foreach (var line in failure.Lines)
            {
                printer.Error(line);
            }

            return failure.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            printer.Error("gsef: interrupted; a rollout it started or followed keeps running (gsef rollout watch <id>).");
            return 130;
        }
    }

    /// <summary>The base URL with a trailing slash, so routes resolve under it (a path prefix such as /gse is kept).</summary>
    private static Uri BaseUrl(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CliFailure(ExitCodes.BadInput, $"No URL: pass --url or set {GlobalOptions.UrlVariable} (e.g. http://127.0.0.1:7071).");
        }

        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new CliFailure(ExitCodes.BadInput, "--url must be an absolute http or https URL without a query or user info, e.g. http://127.0.0.1:7071.");
        }

        return new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
    }
}
