using System.Buffers.Text;
using System.Text;
using GseFunctions.Rollouts.Starting;

namespace GseFunctions.Api.Rollouts;

/// <summary>
/// A list's continuation token: the store's own token, wrapped with a kind. Stores read a token they cannot parse as a
/// position (the Azure Storage task hub answers an empty last page), so a corrupted token would look like the end of
/// the list; wrapped, a token this API did not hand out for this list is refused instead (400), whatever the store.
/// </summary>
internal static class PageToken
{
    public const string Rollouts = "r1.";

    public const string Schedules = "s1.";

    public static string? Wrap(string kind, string? storeToken) =>
        string.IsNullOrEmpty(storeToken) ? null : kind + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(storeToken));

    /// <summary>The store's token, or null with a field error when <paramref name="token"/> is not one this list handed out.</summary>
    public static string? Unwrap(string kind, string? token, string field, FieldErrors errors)
    {
        if (token is null)
        {
            return null;
        }

        var payload = token.AsSpan(Math.Min(kind.Length, token.Length));
        if (token.StartsWith(kind, StringComparison.Ordinal) && Base64Url.IsValid(payload, out var length) && length > 0)
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(payload));
        }

        errors.Add(field, "Not a token this list handed out; pass the previous page's continuationToken as it was.");
        return null;
    }
}
