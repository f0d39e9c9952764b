using System.Text.Json;
using System.Text.Json.Serialization;

namespace GseFunctions.Api.Json;

/// <summary>
/// Reads every enum as exactly one of its defined names (case-insensitive, as before) and writes it as
/// <see cref="JsonStringEnumConverter"/> does. The stock converter also reads comma-separated combinations
/// (<c>"Delete, ScaleToZero"</c> became ScaleToZero), padded names and empty text; none of those is one choice.
/// </summary>
internal sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    private readonly JsonStringEnumConverter _writer = new(namingPolicy: null, allowIntegerValues: false);

    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var writer = _writer.CreateConverter(typeToConvert, options);
        return (JsonConverter?)Activator.CreateInstance(typeof(StrictEnumConverter<>).MakeGenericType(typeToConvert), writer);
    }
}
