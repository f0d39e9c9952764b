using GseFunctions.Api.Json;
using GseFunctions.Api.Problems;
using GseFunctions.Rollouts.Starting;
using Microsoft.DurableTask.Client;

namespace GseFunctions.SelfHost.DurableHttpApi;

/// <summary>
/// Reads the Durable HTTP API's route values and query parameters. Stricter than the Durable extension, which ignores
/// a value it cannot parse: here a bad value is a 400 naming the parameter, so a typo never widens a query.
/// </summary>
internal static class DurableQuery
{
    /// <summary>The longest instance id or event name accepted.</summary>
    public const int MaxNameLength = 256;

    /// <summary>The longest reason (terminate, suspend, resume) accepted.</summary>
    public const int MaxReasonLength = 4096;

    /// <summary>Checks a route's instance id: 1-256 characters, none of them a control character or '/', '\', '#', '?' (Azure Storage keys refuse them).</summary>
    public static string InstanceId(string? value) => Name(value, "instanceId");

    /// <summary>Checks a route's event name (same rules as an instance id).</summary>
    public static string EventName(string? value) => Name(value, "eventName");

    /// <summary>A boolean parameter (<c>true</c>/<c>false</c>, any case), or null when absent.</summary>
    public static bool? Bool(HttpRequest request, string name, FieldErrors errors)
    {
        var text = ApiQuery.String(request, name, errors);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        errors.Add(name, "Must be true or false.");
        return null;
    }

    /// <summary>
    /// <c>runtimeStatus</c>: names of <see cref="OrchestrationRuntimeStatus"/> (any case), comma-separated or repeated;
    /// null when absent.
    /// </summary>
    public static IReadOnlyList<OrchestrationRuntimeStatus>? RuntimeStatuses(HttpRequest request, string name, FieldErrors errors)
    {
        var values = request.Query[name];
        if (values.Count == 0)
        {
            return null;
        }

        var statuses = new List<OrchestrationRuntimeStatus>();
        foreach (var part in values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.TrimEntries)))
        {
            if (part.Length > 0 && !part.Any(char.IsAsciiDigit) && Enum.TryParse<OrchestrationRuntimeStatus>(part, ignoreCase: true, out var status) && Enum.IsDefined(status))
            {
                if (!statuses.Contains(status))
                {
                    statuses.Add(status);
                }
            }
            else
            {
                errors.Add(name, $"'{Shorten(part)}' is not a runtime status; use {string.Join(", ", Enum.GetNames<OrchestrationRuntimeStatus>())}, comma-separated.");
            }
        }

        return statuses;
    }

    /// <summary>The reason given in the query (<c>reason</c>), or null; an empty reason is no reason.</summary>
    public static string? Reason(HttpRequest request, FieldErrors errors)
    {
        var values = request.Query["reason"];
        if (values.Count > 1)
        {
            errors.Add("reason", "Give this parameter once.");
            return null;
        }

        var reason = values.Count == 1 ? values[0] : null;
        if (reason is { Length: > MaxReasonLength })
        {
            errors.Add("reason", $"At most {MaxReasonLength} characters.");
            return null;
        }

        return string.IsNullOrEmpty(reason) ? null : reason;
    }

    private static string Name(string? value, string parameter)
    {
        if (value is { Length: > 0 and <= MaxNameLength } && !value.Any(c => char.IsControl(c) || c is '/' or '\\' or '#' or '?'))
        {
            return value;
        }

        throw ApiProblemException.Validation(parameter, $"Must be 1-{MaxNameLength} characters, without control characters, '/', '\\', '#' or '?'.");
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
