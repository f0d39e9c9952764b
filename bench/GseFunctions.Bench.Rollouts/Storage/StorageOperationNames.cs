using System.Globalization;
using System.Text.RegularExpressions;

namespace GseFunctions.Bench.Rollouts.Storage;

/// <summary>
/// Names a storage request after the REST operation it is (Get messages, Query entities, Merge entity, …) and the
/// queue, table or container it touches, with the task hub's name shown as <c>{hub}</c>. Path-style URLs only
/// (<c>/account/resource/…</c>), which is what Azurite and the proxies use.
/// </summary>
internal static class StorageOperationNames
{
    public static StorageOperation Of(StorageService service, string method, string rawTarget, string hubPrefix)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(rawTarget);
        var question = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(question < 0 ? rawTarget : rawTarget[..question]);
        var query = question < 0 ? "" : rawTarget[(question + 1)..];
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray(); // drop the account
        var comp = QueryValue(query, "comp");
        var name = service switch
        {
            StorageService.Queue => Queue(method, segments, comp, query),
            StorageService.Table => Table(method, segments),
            _ => Blob(method, segments, comp),
        };
        return new StorageOperation(service, Hub(name, hubPrefix));
    }

    private static string Queue(string method, string[] segments, string? comp, string query)
    {
        if (segments.Length == 0)
        {
            return comp == "list" ? "List queues" : $"{method} queue service{Comp(comp)}";
        }

        var queue = segments[0];
        if (segments.Length == 1)
        {
            return (method, comp) switch
            {
                ("PUT", null) => $"Create queue {queue}",
                ("DELETE", null) => $"Delete queue {queue}",
                ("GET" or "HEAD", "metadata") => $"Get queue metadata {queue}",
                _ => $"{method} {queue}{Comp(comp)}",
            };
        }

        var message = segments.Length > 2;
        return (method, message) switch
        {
            ("GET", false) when QueueValueIs(query, "peekonly", "true") => $"Peek messages {queue}",
            ("GET", false) => $"Get messages {queue}",
            ("POST", false) => $"Put message {queue}",
            ("DELETE", false) => $"Clear messages {queue}",
            ("DELETE", true) => $"Delete message {queue}",
            ("PUT", true) => $"Update message {queue}",
            _ => $"{method} {queue}/messages{(message ? "/{id}" : "")}",
        };
    }

    private static string Table(string method, string[] segments)
    {
        if (segments.Length == 0)
        {
            return $"{method} table service";
        }

        var first = segments[0];
        if (first == "$batch")
        {
            return "Entity batch";
        }

        var open = first.IndexOf('(', StringComparison.Ordinal);
        var table = open < 0 ? first : first[..open];
        var key = open < 0 ? "" : first[(open + 1)..].TrimEnd(')');
        if (table == "Tables")
        {
            return method switch
            {
                "GET" => "Query tables",
                "POST" => "Create table",
                "DELETE" => $"Delete table {key.Trim('\'')}",
                _ => $"{method} Tables",
            };
        }

        return (method, key.Length > 0) switch
        {
            ("GET", true) => $"Get entity {table}",
            ("GET", false) => $"Query entities {table}",
            ("POST", _) => $"Insert entity {table}",
            ("PUT", _) => $"Update entity {table}",
            ("MERGE", _) => $"Merge entity {table}",
            ("PATCH", _) => $"Merge entity {table}",
            ("DELETE", _) => $"Delete entity {table}",
            _ => $"{method} {table}",
        };
    }

    private static string Blob(string method, string[] segments, string? comp)
    {
        if (segments.Length == 0)
        {
            return comp == "list" ? "List containers" : $"{method} blob service{Comp(comp)}";
        }

        var target = segments.Length == 1 ? segments[0] : segments[0] + "/*";
        var kind = segments.Length == 1 ? "container" : "blob";
        return (method, comp) switch
        {
            (_, "lease") => $"Lease {kind} {target}",
            ("GET", "list") => $"List blobs {target}",
            ("PUT", null) => $"Create {kind} {target}",
            ("GET", null) => $"Get {kind} {target}",
            ("HEAD", null) => $"Get {kind} properties {target}",
            ("DELETE", null) => $"Delete {kind} {target}",
            _ => $"{method} {target}{Comp(comp)}",
        };
    }

    private static string Comp(string? comp) => comp is null ? "" : "?comp=" + comp;

    private static bool QueueValueIs(string query, string key, string value) =>
        string.Equals(QueryValue(query, key), value, StringComparison.OrdinalIgnoreCase);

    private static string? QueryValue(string query, string key)
    {
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var k = eq < 0 ? pair : pair[..eq];
            if (string.Equals(Uri.UnescapeDataString(k), key, StringComparison.OrdinalIgnoreCase))
            {
                return eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]).ToLower(CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    // Each scenario has a hub of its own (prefix plus a number); all read as {hub}.
    private static string Hub(string name, string hubPrefix) =>
        hubPrefix.Length == 0 ? name : Regex.Replace(name, Regex.Escape(hubPrefix) + "[0-9]*", "{hub}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
