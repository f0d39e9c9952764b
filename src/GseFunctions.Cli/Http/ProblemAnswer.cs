using System.Net;
using System.Text.Json;

namespace GseFunctions.Cli.Http;

/// <summary>
/// Turns an answer that is not a success into a <see cref="CliFailure"/>: the exit code from the status and the problem
/// <c>type</c>, the problem's title and detail, one line per field error, and the rollout that holds an alias.
/// </summary>
internal static class ProblemAnswer
{
    /// <summary>The problem type of "another rollout holds the alias" (ApiProblemTypes.RolloutInProgress), matched by its fragment.</summary>
    public const string RolloutInProgressFragment = "#rollout-in-progress";

    public static CliFailure ToFailure(string what, HttpStatusCode status, string body)
    {
        var problem = TryParse(body);
        var type = Text(problem, "type");
        var code = ExitCodeFor(status, type);
        var title = (Text(problem, "title") ?? status.ToString()).TrimEnd('.');
        var detail = Text(problem, "detail");
        var lines = new List<string>();
        if (problem is { ValueKind: JsonValueKind.Object } p && Get(p, "errors") is { ValueKind: JsonValueKind.Object } errors)
        {
            foreach (var field in errors.EnumerateObject())
            {
                var messages = field.Value.ValueKind == JsonValueKind.Array
                    ? field.Value.EnumerateArray().Select(m => m.ToString())
                    : [field.Value.ToString()];
                lines.AddRange(messages.Select(m => $"  {field.Name}: {m}"));
            }
        }

        if (Text(problem, "activeRolloutId") is { } holder)
        {
            lines.Add($"  held by rollout {holder} (gsef rollout watch {holder})");
        }

        if (Text(problem, "rolloutId") is { } existing && code != ExitCodes.AliasHeld)
        {
            lines.Add($"  rollout {existing}");
        }

        var message = $"{what} answered {(int)status} {title}" + (detail is { Length: > 0 } ? $": {detail}" : "");
        return new CliFailure(code, message, lines);
    }

    public static int ExitCodeFor(HttpStatusCode status, string? problemType) => status switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => ExitCodes.Unreachable,
        HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnsupportedMediaType => ExitCodes.BadInput,
        HttpStatusCode.Conflict when problemType?.EndsWith(RolloutInProgressFragment, StringComparison.Ordinal) == true => ExitCodes.AliasHeld,
        _ => ExitCodes.Failed,
    };

    private static JsonElement? TryParse(string body)
    {
        try
        {
            return string.IsNullOrWhiteSpace(body) ? null : JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && Get(e, name) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    private static JsonElement? Get(JsonElement obj, string name)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}
