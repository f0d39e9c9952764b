using GseFunctions.Testing;

namespace GseFunctions.Api.Tests.Sessions;

/// <summary>The local GSE's call counters, read as the tests need them.</summary>
public static class GseCalls
{
    /// <summary>Every call since the last reset, by action (succeeded + failed).</summary>
    public static async Task<IReadOnlyDictionary<string, long>> TotalsAsync(LocalGseAdmin admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        return (await admin.CallsAsync())
            .Where(c => c.Value.Succeeded + c.Value.Failed > 0)
            .ToDictionary(c => c.Key, c => c.Value.Succeeded + c.Value.Failed, StringComparer.Ordinal);
    }

    /// <summary>Whether an action changes state (the local GSE's own rule: all but Describe*, List*, Search*, Resolve*).</summary>
    public static bool IsMutating(string action) =>
        !(action.StartsWith("Describe", StringComparison.Ordinal) || action.StartsWith("List", StringComparison.Ordinal)
          || action.StartsWith("Search", StringComparison.Ordinal) || action.StartsWith("Resolve", StringComparison.Ordinal));

    public static string Describe(IReadOnlyDictionary<string, long> calls) =>
        calls.Count == 0 ? "none" : string.Join(", ", calls.Select(c => $"{c.Key}={c.Value}"));
}
