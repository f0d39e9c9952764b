using System.Buffers.Text;
using System.Text;
using GseFunctions.Rollouts.Starting;

namespace GseFunctions.Api.Json;

/// <summary>
/// A list's continuation token: the store's own token, wrapped with a kind. Stores read a token they cannot parse as a
/// position (the Azure Storage task hub answers an empty last page), so a corrupted token would look like the end of
/// the list; wrapped, a token this API did not hand out for this list is refused instead (400), whatever the store.
/// </summary>
internal static class PageToken
{
    public const string Rollouts = "r1.";

    public const string Schedules = "s1.";

    /// <summary>The Durable management API's <c>x-ms-continuation-token</c>: no prefix, as Durable Functions' tokens have none.</summary>
    public const string Durable = "";

    public static string? Wrap(string kind, string? storeToken) =>
        string.IsNullOrEmpty(storeToken) ? null : kind + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(storeToken));

    /// <summary>The store's token, or null with a field error when <paramref name="token"/> is not one this list handed out.</summary>
    public static string? Unwrap(string kind, string? token, string field, FieldErrors errors)
    {
        if (token is null)
        {
            return null;
        }

        if (TryDecode(kind, token, out var storeToken))
        {
            return storeToken;
        }

        errors.Add(field, "Not a token this list handed out; pass the previous page's continuationToken as it was.");
        return null;
    }

    /// <summary>The store's token inside <paramref name="token"/>, if it is a <see cref="Wrap"/> of <paramref name="kind"/>.</summary>
    public static bool TryDecode(string kind, string token, out string? storeToken)
    {
        storeToken = null;
        var payload = token.AsSpan(Math.Min(kind.Length, token.Length));
        if (!token.StartsWith(kind, StringComparison.Ordinal) || !Base64Url.IsValid(payload, out var length) || length == 0)
        {
            return false;
        }

        try
        {
            storeToken = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(payload));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
