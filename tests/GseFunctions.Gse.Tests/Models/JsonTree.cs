using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GseFunctions.Gse.Tests.Models;

/// <summary>Compares JSON trees the way the example tests need: "does <c>actual</c> keep everything <c>expected</c> says?".</summary>
internal static class JsonTree
{
    /// <summary>
    /// Every property of <paramref name="expected"/> (recursively) that <paramref name="actual"/> lacks or holds with a
    /// different value. Arrays must have the same length and are compared item by item. Scalars are equivalent when
    /// equal, or when one is a number and the other a string holding the same integer (<c>"8000"</c> ~ <c>8000</c>), or
    /// a boolean and the string <c>"true"</c>/<c>"false"</c>.
    /// </summary>
    /// <param name="expected">The example.</param>
    /// <param name="actual">What our model wrote.</param>
    /// <param name="nullMatchesMissing">Whether an expected JSON null may be absent in <paramref name="actual"/> (request bodies drop nulls).</param>
    /// <returns>One line per loss, e.g. <c>$.Alias.Tags: missing</c>.</returns>
    public static List<string> FindLosses(JsonNode? expected, JsonNode? actual, bool nullMatchesMissing)
    {
        var losses = new List<string>();
        Compare(expected, actual, "$", nullMatchesMissing, losses);
        return losses;
    }

    /// <summary>
    /// Properties of <paramref name="actual"/> that <paramref name="expected"/> does not have (recursively, along the
    /// structure both share). With <paramref name="allowNull"/>, extra properties holding JSON null are accepted: a
    /// response model writes every field it knows, and one the example does not mention must come out as null.
    /// </summary>
    public static List<string> FindAdditions(JsonNode? expected, JsonNode? actual, bool allowNull)
    {
        var additions = new List<string>();
        Additions(expected, actual, "$", allowNull, additions);
        return additions;
    }

    /// <summary>The node at a dotted path (<c>A.B.0.C</c>, the flattened form's keys), or throws if the path does not exist.</summary>
    public static JsonNode? At(JsonNode? root, string dottedPath)
    {
        var node = root;
        foreach (var segment in dottedPath.Split('.'))
        {
            node = node switch
            {
                JsonObject o when o.TryGetPropertyValue(segment, out var child) => child,
                JsonArray a when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                _ => throw new KeyNotFoundException($"{dottedPath}: no '{segment}' in {node?.ToJsonString() ?? "null"}"),
            };
        }

        return node;
    }

    /// <summary>The JSON kind of a node (null for JSON null).</summary>
    public static JsonValueKind Kind(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, bool nullMatchesMissing, List<string> losses)
    {
        switch (expected)
        {
            case null:
                if (actual is not null)
                {
                    losses.Add($"{path}: expected null, got {actual.ToJsonString()}");
                }

                break;

            case JsonObject expectedObject:
                if (actual is not JsonObject actualObject)
                {
                    losses.Add($"{path}: expected an object, got {Describe(actual)}");
                    break;
                }

                foreach (var (name, expectedChild) in expectedObject)
                {
                    if (actualObject.TryGetPropertyValue(name, out var actualChild))
                    {
                        Compare(expectedChild, actualChild, $"{path}.{name}", nullMatchesMissing, losses);
                    }
                    else if (!(expectedChild is null && nullMatchesMissing))
                    {
                        losses.Add($"{path}.{name}: missing (expected {Describe(expectedChild)})");
                    }
                }

                break;

            case JsonArray expectedArray:
                if (actual is not JsonArray actualArray)
                {
                    losses.Add($"{path}: expected an array, got {Describe(actual)}");
                    break;
                }

                if (actualArray.Count != expectedArray.Count)
                {
                    losses.Add($"{path}: expected {expectedArray.Count} items, got {actualArray.Count}");
                    break;
                }

                for (var i = 0; i < expectedArray.Count; i++)
                {
                    Compare(expectedArray[i], actualArray[i], $"{path}[{i}]", nullMatchesMissing, losses);
                }

                break;

            default:
                if (actual is not JsonValue || !ScalarsEquivalent(expected, actual))
                {
                    losses.Add($"{path}: expected {expected.ToJsonString()}, got {Describe(actual)}");
                }

                break;
        }
    }

    private static void Additions(JsonNode? expected, JsonNode? actual, string path, bool allowNull, List<string> additions)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var (name, child) in a)
                {
                    if (e.TryGetPropertyValue(name, out var expectedChild))
                    {
                        Additions(expectedChild, child, $"{path}.{name}", allowNull, additions);
                    }
                    else if (!(child is null && allowNull))
                    {
                        additions.Add($"{path}.{name}: not in the example (we write {Describe(child)})");
                    }
                }

                break;

            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
                {
                    Additions(e[i], a[i], $"{path}[{i}]", allowNull, additions);
                }

                break;
        }
    }

    private static bool ScalarsEquivalent(JsonNode expected, JsonNode actual)
    {
        var (ek, ak) = (expected.GetValueKind(), actual.GetValueKind());
        if (ek == ak)
        {
            return ek switch
            {
                JsonValueKind.String => expected.GetValue<string>() == actual.GetValue<string>(),
                JsonValueKind.Number => Number(expected) == Number(actual),
                _ => true, // true/true, false/false
            };
        }

        return (ek, ak) switch
        {
            (JsonValueKind.String, JsonValueKind.Number) => IntegerText(expected.GetValue<string>()) is { } n && n == Number(actual),
            (JsonValueKind.Number, JsonValueKind.String) => IntegerText(actual.GetValue<string>()) is { } n && n == Number(expected),
            (JsonValueKind.String, JsonValueKind.True or JsonValueKind.False) => BooleanText(expected.GetValue<string>()) == (ak == JsonValueKind.True),
            (JsonValueKind.True or JsonValueKind.False, JsonValueKind.String) => BooleanText(actual.GetValue<string>()) == (ek == JsonValueKind.True),
            _ => false,
        };
    }

    private static decimal Number(JsonNode node) => decimal.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static decimal? IntegerText(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static bool? BooleanText(string text) => text switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    private static string Describe(JsonNode? node) => node is null ? "null" : $"{node.GetValueKind()} {node.ToJsonString()}";
}
