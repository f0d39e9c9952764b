using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GseFunctions.SelfHost.DurableHttpApi;

/// <summary>Turns the serialized payloads and times Durable Task stores into what the HTTP API shows.</summary>
internal static class SerializedPayloads
{
    /// <summary>
    /// A stored payload as a JSON value: null stays null, blank becomes an empty string, and text that is not JSON
    /// (e.g. a terminate reason stored raw) is shown as a string rather than refused, as the Durable extension does.
    /// </summary>
    public static JsonNode? Parse(string? serialized)
    {
        if (serialized is null)
        {
            return null;
        }

        var trimmed = serialized.Trim();
        if (trimmed.Length == 0)
        {
            return JsonValue.Create(string.Empty);
        }

        try
        {
            return JsonNode.Parse(trimmed);
        }
        catch (JsonException)
        {
            return JsonValue.Create(serialized);
        }
    }

    /// <summary>A time as the Durable extension writes it: UTC, whole seconds, <c>yyyy-MM-ddTHH:mm:ssZ</c>.</summary>
    public static string Time(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
