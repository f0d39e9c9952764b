namespace GseFunctions.Rollouts.Activities;

/// <summary>Small helpers for GSE's nullable lists.</summary>
internal static class ListExtensions
{
    /// <summary>The first item, or null for a null or empty list.</summary>
    public static T? FirstOrNull<T>(this IReadOnlyList<T>? list)
        where T : class => list is { Count: > 0 } ? list[0] : null;
}
