using System.Text.Json;
using System.Text.Json.Serialization;

namespace GseFunctions.Gse.Wire;

/// <summary>Reads <c>true</c>, <c>"true"</c>, <c>"1"</c>, <c>1</c> (and the false forms) as booleans; writes JSON booleans.</summary>
internal sealed class TolerantBooleanConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Number when reader.TryGetInt64(out var n) && n is 0 or 1 => n == 1,
            JsonTokenType.String => reader.GetString() switch
            {
                "true" or "True" or "TRUE" or "1" => true,
                "false" or "False" or "FALSE" or "0" => false,
                var other => throw new JsonException($"'{other}' is not a boolean."),
            },
            _ => throw new JsonException($"Expected a boolean, got {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteBooleanValue(value);
    }
}
