using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace GseFunctions.Gse.Tests.Models;

/// <summary>
/// Reads the official input examples, which use the flattened (GET query / v1 form) notation: nested keys are joined
/// with dots and array indexes are 0-based (<c>RoutingStrategy.Type=SIMPLE</c>, <c>InboundPermissions.0.FromPort=1900</c>).
/// </summary>
internal static class FlattenedInput
{
    /// <summary>Splits an example (<c>https://gse.tencentcloudapi.com/?Action=X\n&amp;K=V\n…\n&amp;&lt;公共请求参数&gt;</c>) into its action and parameters.</summary>
    /// <returns>The action and the parameters in example order; the common-parameter placeholder is dropped.</returns>
    public static (string Action, List<KeyValuePair<string, string>> Parameters) Parse(string example)
    {
        var query = example.ReplaceLineEndings(string.Empty).Trim();
        query = query[(query.IndexOf('?', StringComparison.Ordinal) + 1)..];
        string? action = null;
        var parameters = new List<KeyValuePair<string, string>>();
        foreach (var part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                continue; // "<公共请求参数>": the common parameters (signature, region, ...) are not part of the body
            }

            var key = part[..eq];
            var value = WebUtility.UrlDecode(part[(eq + 1)..]);
            if (key == "Action")
            {
                action = value;
            }
            else
            {
                parameters.Add(new(key, value));
            }
        }

        return (action ?? throw new FormatException("The example has no Action."), parameters);
    }

    /// <summary>
    /// Rebuilds the JSON body the flattened parameters stand for: <c>A.B.0.C=v</c> becomes
    /// <c>{"A": {"B": [{"C": "v"}]}}</c>. Values stay strings (the flattened form has no types); the bare word
    /// <c>null</c> (CreateFleet's <c>PeerVpcId=null</c>) becomes JSON null, i.e. "not given".
    /// </summary>
    public static JsonObject Unflatten(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var root = new JsonObject();
        foreach (var (key, value) in parameters)
        {
            var segments = key.Split('.');
            JsonNode? leaf = value == "null" ? null : JsonValue.Create(value);
            JsonNode container = root;
            for (var i = 0; i < segments.Length; i++)
            {
                var last = i == segments.Length - 1;
                Func<JsonNode?> make = last
                    ? () => leaf
                    : IsIndex(segments[i + 1]) ? () => new JsonArray() : () => new JsonObject();
                container = Step(container, segments[i], make, overwrite: last, key)!;
            }
        }

        return root;
    }

    private static bool IsIndex(string segment) => int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    private static JsonNode? Step(JsonNode container, string segment, Func<JsonNode?> make, bool overwrite, string key)
    {
        switch (container)
        {
            case JsonObject o:
                if (overwrite || o[segment] is null)
                {
                    o[segment] = make();
                }

                return o[segment];

            case JsonArray a:
                var index = int.Parse(segment, NumberStyles.None, CultureInfo.InvariantCulture);
                while (a.Count <= index)
                {
                    a.Add(null);
                }

                if (overwrite || a[index] is null)
                {
                    a[index] = make();
                }

                return a[index];

            default:
                throw new FormatException($"{key}: '{segment}' goes below a scalar.");
        }
    }
}
