using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;

namespace GseFunctions.Rollouts.Hosting;

/// <summary>
/// The one JSON shape of the Durable payloads (orchestration inputs, custom statuses, outputs, activity inputs and
/// results) in both hosts, the product's own: camelCase members and enums by name, as the API writes them. Reading is
/// case-insensitive and takes enums by name or number, so histories, inputs and statuses written before (PascalCase,
/// the Durable SDK's default) still read.
/// </summary>
public static class DurablePayloadJson
{
    /// <summary>The serializer options (read-only).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The Durable Task data converter over <see cref="Options"/> (the self-host's worker and client use it).</summary>
    public static DataConverter Converter { get; } = new JsonDataConverter(Options);

    private static JsonSerializerOptions CreateOptions()
    {
        // The web defaults: camelCase names, case-insensitive reading.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
