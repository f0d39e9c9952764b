using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace GseFunctions.Gse.Emulator.Wire;

/// <summary>
/// Counts the state-changing calls the simulation applied, per action and the resource they named (the request's
/// <c>AliasId</c>, else its <c>FleetId</c>), so a drill or test can check "exactly one UpdateAlias on this alias" or
/// "one DeleteFleet of that fleet" however many workers, retries and replays were involved. Calls refused by an
/// injected fault or by the simulation are not counted: they changed nothing. Thread-safe.
/// </summary>
internal sealed class ResourceCallLog
{
    private readonly ConcurrentDictionary<(string Action, string Resource), long> _applied = new();

    /// <summary>Counts <paramref name="action"/> on the resource its <paramref name="parameters"/> name, when it changes state and names one.</summary>
    public void RecordApplied(string action, JsonObject parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!CallCounter.IsMutating(action) || (Text(parameters, "AliasId") ?? Text(parameters, "FleetId")) is not { } resource)
        {
            return;
        }

        _applied.AddOrUpdate((action, resource), 1, static (_, n) => n + 1);
    }

    /// <summary>Every (action, resource) with its count, ordered by action then resource.</summary>
    public IReadOnlyList<ResourceCallCount> Snapshot() =>
        _applied.Select(p => new ResourceCallCount(p.Key.Action, p.Key.Resource, p.Value))
            .OrderBy(c => c.Action, StringComparer.Ordinal).ThenBy(c => c.ResourceId, StringComparer.Ordinal).ToList();

    public void Reset() => _applied.Clear();

    private static string? Text(JsonObject parameters, string name) =>
        parameters[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}

/// <summary>How many times <paramref name="Action"/> was applied to <paramref name="ResourceId"/> (an alias or fleet id).</summary>
internal sealed record ResourceCallCount(string Action, string ResourceId, long Applied);
