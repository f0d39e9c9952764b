using System.Buffers.Text;
using System.Text;
using GseFunctions.Rollouts.Starting;

namespace GseFunctions.Api.Json;

/// <summary>
/// A list's continuation token: the store's own token, wrapped with a kind. Stores read a token they cannot parse as a
/// position (the Azure Storage task hub answers an empty last page), so a corrupted token would look like the end of
/// the list; wrapped, a token this API did not hand out for this list is refused instead (400), whatever the store.
/// Public for the self-host's Durable HTTP API, whose list pages the same way.
/// </summary>
public static class PageToken
{
    /// <summary>The kind of <c>GET /api/rollouts</c>'s tokens.</summary>
    public const string Rollouts = "r1.";

    /// <summary>The kind of <c>GET /api/schedules</c>'s tokens.</summary>
    public const string Schedules = "s1.";

    /// <summary>The Durable management API's <c>x-ms-continuation-token</c>: no prefix, as Durable Functions' tokens have none.</summary>
    public const string Durable = "";

    /// <summary>The store's token wrapped as <paramref name="kind"/> (base64url behind the kind), or null on the last page.</summary>
    /// <param name="kind">The list's kind (<see cref="Rollouts"/>, <see cref="Schedules"/>, <see cref="Durable"/>).</param>
    /// <param name="storeToken">The store's token; null or empty on the last page.</param>
    /// <returns>The token to hand out, or null.</returns>
    public static string? Wrap(string kind, string? storeToken) =>
        string.IsNullOrEmpty(storeToken) ? null : kind + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(storeToken));

    /// <summary>The store's token, or null with a field error when <paramref name="token"/> is not one this list handed out.</summary>
    /// <param name="kind">The list's kind.</param>
    /// <param name="token">The token the caller sent back, or null.</param>
    /// <param name="field">The field a refusal names.</param>
    /// <param name="errors">Where a refusal is added.</param>
    /// <returns>The store's token, or null.</returns>
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
    /// <param name="kind">The list's kind.</param>
    /// <param name="token">The token the caller sent back.</param>
    /// <param name="storeToken">The store's token, when the answer is true.</param>
    /// <returns>True when <paramref name="token"/> is a wrapped token of <paramref name="kind"/>.</returns>
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
