using System.Text.Json;
using System.Text.Json.Serialization;

namespace GseFunctions.Gse.Wire;

/// <summary>
/// JSON settings for the GSE wire. Field names are the vendor's PascalCase names, so no naming policy applies.
/// Reading is tolerant: official examples render integers as strings (<c>"Port": "8000"</c>) and v1 form
/// requests carry every value as a string, so numbers and booleans are accepted in either form.
/// </summary>
public static class GseJson
{
    /// <summary>Options for request bodies: nulls are dropped, as the official SDKs do before signing.</summary>
    public static JsonSerializerOptions Request { get; } = Create(JsonIgnoreCondition.WhenWritingNull, JsonUnmappedMemberHandling.Skip);

    /// <summary>Options for response payloads: "may be null" fields are written as JSON null, as the service does.</summary>
    public static JsonSerializerOptions Response { get; } = Create(JsonIgnoreCondition.Never, JsonUnmappedMemberHandling.Skip);

    /// <summary>Options a server uses to read requests: unknown members are refused (UnknownParameter).</summary>
    public static JsonSerializerOptions StrictRequest { get; } = Create(JsonIgnoreCondition.WhenWritingNull, JsonUnmappedMemberHandling.Disallow);

    private static JsonSerializerOptions Create(JsonIgnoreCondition ignore, JsonUnmappedMemberHandling unmapped)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            DefaultIgnoreCondition = ignore,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            UnmappedMemberHandling = unmapped,
            PropertyNameCaseInsensitive = false,
        };
        options.Converters.Add(new TolerantBooleanConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
