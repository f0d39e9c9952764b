using System.Text.Json.Nodes;

namespace GseFunctions.Infra.Tests.Bicep;

/// <summary>Reads the ARM JSON bicep builds: resources of the template and of the module templates nested in it.</summary>
internal static class ArmTemplate
{
    /// <summary>Every resource, each with the (nested) template that declares it.</summary>
    public static IEnumerable<(JsonObject Template, JsonObject Resource)> Resources(JsonObject template)
    {
        var resources = template["resources"] switch
        {
            JsonArray array => array.Select(r => r!.AsObject()),
            JsonObject symbolic => symbolic.Select(kv => kv.Value!.AsObject()),
            _ => [],
        };
        foreach (var resource in resources)
        {
            yield return (template, resource);
            if (Type(resource) == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Resources(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The one resource of a type (a module declaring two would need the tests to say which).</summary>
    public static (JsonObject Template, JsonObject Resource) Single(JsonObject template, string type)
    {
        var found = Resources(template).Where(r => Type(r.Resource) == type).ToList();
        return found.Count == 1 ? found[0] : throw new InvalidOperationException($"expected one {type} in the template, found {found.Count}");
    }

    public static IEnumerable<JsonObject> OfType(JsonObject template, string type) =>
        Resources(template).Where(r => Type(r.Resource) == type).Select(r => r.Resource);

    public static string? Type(JsonObject resource) => resource["type"]?.GetValue<string>();

    /// <summary>The template's parameters declared <c>securestring</c> or <c>secureObject</c>.</summary>
    public static IReadOnlySet<string> SecureParameters(JsonObject template) =>
        (template["parameters"] as JsonObject ?? [])
            .Where(p => p.Value?["type"]?.GetValue<string>() is { } t && t.StartsWith("secure", StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A value that is a literal array in the template, not an expression computing one.</summary>
    public static JsonArray LiteralArray(JsonNode? node, string what) =>
        node as JsonArray ?? throw new InvalidOperationException($"{what} is not a literal array in the built template ({node?.ToJsonString() ?? "missing"}); keep it one so the settings can be read and checked");
}
