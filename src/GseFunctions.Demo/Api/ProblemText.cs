using System.Net;
using System.Text.Json;

namespace GseFunctions.Demo.Api;

/// <summary>Reads RFC 9457 problem details: the <c>type</c> that classifies a failure, and a one-line description.</summary>
internal static class ProblemText
{
    /// <summary>"<c>503 {type}</c>", or just the status when the body is no problem with a type.</summary>
    public static string Kind(HttpStatusCode status, string body)
    {
        var code = ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Field(body, "type") is { Length: > 0 } type ? $"{code} {type}" : code;
    }

    /// <summary>Status, title, detail and field errors; not the raw body (it may carry management URIs with a key).</summary>
    public static string Describe(HttpStatusCode status, string body)
    {
        var parts = new List<string> { $"HTTP {(int)status}" };
        parts.AddRange(new[] { Field(body, "title"), Field(body, "detail") }.OfType<string>().Where(s => s.Length > 0));
        if (Element(body, "errors") is { ValueKind: JsonValueKind.Object } errors)
        {
            parts.AddRange(errors.EnumerateObject().Select(e => $"{e.Name}: {e.Value}"));
        }

        return string.Join("; ", parts);
    }

    private static string? Field(string body, string name) =>
        Element(body, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static JsonElement? Element(string body, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(name, out var value) ? value.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
