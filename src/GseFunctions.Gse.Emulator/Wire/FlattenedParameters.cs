using System.Text.Json.Nodes;
using GseFunctions.Gse.Emulator.Simulation;

namespace GseFunctions.Gse.Emulator.Wire;

/// <summary>
/// Turns v1/GET parameters (<c>RoutingStrategy.FleetId</c>, <c>FleetIds.0</c>,
/// <c>RuntimeConfiguration.ServerProcesses.0.LaunchPath</c>) into the JSON object a v3 body would carry.
/// Leaves stay strings; the typed binding reads numbers and booleans from strings.
/// </summary>
internal static class FlattenedParameters
{
    public static JsonObject ToJson(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var root = new JsonObject();
        foreach (var (key, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var segments = key.Split('.');
            if (segments.Any(s => s.Length == 0 || s[0] == '$') || IsIndex(segments[0]))
            {
                throw Bad(key);
            }

            JsonNode container = root;
            for (var i = 0; i < segments.Length; i++)
            {
                var last = i == segments.Length - 1;
                JsonNode? child = last ? JsonValue.Create(value) : (IsIndex(segments[i + 1]) ? new JsonArray() : new JsonObject());
                container = Step(container, segments[i], child, last, key);
            }
        }

        return Compact(root) as JsonObject ?? throw Bad("?");
    }

    // Arrays are built as objects keyed by index first (indexes may arrive out of order), then compacted.
    private static JsonNode Step(JsonNode container, string segment, JsonNode? child, bool last, string key)
    {
        var obj = (JsonObject)container;
        if (obj.ContainsKey("$array") != IsIndex(segment))
        {
            throw Bad(key);
        }

        if (obj.TryGetPropertyValue(segment, out var existing))
        {
            if (last || existing is null || existing is JsonValue)
            {
                throw Bad(key);
            }

            return existing;
        }

        var node = child is JsonArray ? new JsonObject { ["$array"] = true } : child;
        obj[segment] = node;
        return node!;
    }

    private static JsonNode? Compact(JsonNode? node)
    {
        if (node is not JsonObject obj)
        {
            return node?.DeepClone();
        }

        if (obj.ContainsKey("$array"))
        {
            var items = obj.Where(p => p.Key != "$array").Select(p => (Index: int.Parse(p.Key, System.Globalization.CultureInfo.InvariantCulture), p.Value)).OrderBy(p => p.Index).ToList();
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i].Index != i)
                {
                    throw new GseFault(GseErrorCodes.InvalidParameter, $"Array indexes must run 0, 1, 2… without gaps (index {i} is missing).");
                }
            }

            return new JsonArray(items.Select(p => Compact(p.Value)).ToArray());
        }

        var result = new JsonObject();
        foreach (var (name, value) in obj)
        {
            result[name] = Compact(value);
        }

        return result;
    }

    private static bool IsIndex(string segment) => segment.Length is > 0 and < 6 && segment.All(char.IsAsciiDigit);

    private static GseFault Bad(string key) => new(GseErrorCodes.InvalidParameter, $"The parameter name `{key}` is not a valid flattened name.");
}
