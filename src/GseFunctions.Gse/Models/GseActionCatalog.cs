using System.Collections.Frozen;

namespace GseFunctions.Gse.Models;

/// <summary>Every action this library types, found once from the <see cref="IGseRequest{TResponse}"/> implementations.</summary>
public static class GseActionCatalog
{
    private const string Suffix = "Request";

    private static readonly FrozenDictionary<string, GseActionInfo> Actions = typeof(GseActionCatalog).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false })
        .Select(t => (Type: t, Contract: t.GetInterfaces().SingleOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IGseRequest<>))))
        .Where(p => p.Contract is not null)
        .Select(p => new GseActionInfo(ActionName(p.Type), p.Type, p.Contract!.GetGenericArguments()[0]))
        .ToFrozenDictionary(a => a.Action, StringComparer.Ordinal);

    /// <summary>All actions.</summary>
    public static IReadOnlyCollection<GseActionInfo> All => Actions.Values;

    /// <summary>Finds an action by its exact (case-sensitive) name.</summary>
    /// <param name="action">Action name.</param>
    /// <param name="info">The action, when found.</param>
    /// <returns>Whether the action exists.</returns>
    public static bool TryGet(string action, out GseActionInfo info) => Actions.TryGetValue(action, out info!);

    /// <summary>The action of a request type.</summary>
    /// <typeparam name="TRequest">A request type.</typeparam>
    /// <exception cref="KeyNotFoundException">The type is not a GSE request.</exception>
    public static GseActionInfo Get<TRequest>() => Actions[ActionName(typeof(TRequest))];

    /// <summary>
    /// Whether an action only reads (<c>Describe*</c>, <c>List*</c>, <c>Resolve*</c>, <c>Search*</c>, <c>Get*</c>): sending
    /// it twice cannot change anything.
    /// </summary>
    /// <param name="action">Action name.</param>
    /// <returns>True for a read.</returns>
    public static bool IsReadOnly(string action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.StartsWith("Describe", StringComparison.Ordinal)
            || action.StartsWith("List", StringComparison.Ordinal)
            || action.StartsWith("Resolve", StringComparison.Ordinal)
            || action.StartsWith("Search", StringComparison.Ordinal)
            || action.StartsWith("Get", StringComparison.Ordinal);
    }

    /// <summary>The action name of a request type: its name without the <c>Request</c> suffix.</summary>
    /// <param name="requestType">A request type.</param>
    /// <exception cref="ArgumentException">The type's name does not end in <c>Request</c>.</exception>
    public static string ActionName(Type requestType)
    {
        ArgumentNullException.ThrowIfNull(requestType);
        return requestType.Name.EndsWith(Suffix, StringComparison.Ordinal) && requestType.Name.Length > Suffix.Length
            ? requestType.Name[..^Suffix.Length]
            : throw new ArgumentException($"{requestType.Name} is not named like a GSE request (XxxRequest).", nameof(requestType));
    }
}
