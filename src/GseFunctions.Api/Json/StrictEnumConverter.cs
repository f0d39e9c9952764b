using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GseFunctions.Api.Json;

/// <summary>One enum for <see cref="StrictEnumConverterFactory"/>: a JSON string that is one defined name, or a field error listing them.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private readonly JsonConverter<TEnum> _writer;
    private readonly Dictionary<string, TEnum> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TEnum> _anyCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _rule;

    public StrictEnumConverter(JsonConverter writer)
    {
        _writer = (JsonConverter<TEnum>)writer;
        var names = new List<string>();
        foreach (var field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var name = field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name;
            var value = (TEnum)field.GetValue(null)!;
            _exact[name] = value;

            // Names that differ only in case are read exactly; any other name is also read in any case, as before.
            if (!_anyCase.TryAdd(name, value))
            {
                _anyCase.Remove(name);
            }

            names.Add(name);
        }

        _rule = $"Must be one of {string.Join(", ", names)}.";
    }

    // Value types see null too: refuse it here with the same message rather than the serializer's.
    public override bool HandleNull => true;

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? Parse(reader.GetString()) : throw new JsonFieldException(_rule);

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        _writer.Write(writer, value, options);

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        _writer.WriteAsPropertyName(writer, value, options);

    private TEnum Parse(string? text) =>
        text is not null && (_exact.TryGetValue(text, out var value) || _anyCase.TryGetValue(text, out value))
            ? value
            : throw new JsonFieldException(_rule);
}
