using System.Security.Cryptography;
using System.Text;
using GseFunctions.Api.Routing;
using Microsoft.Extensions.Options;

namespace GseFunctions.SelfHost.Auth;

/// <summary>
/// Checks a request's key (header <c>x-functions-key</c>, else query <c>code</c>) against the configured keys, in
/// constant time (fixed-length hashes compared with <see cref="CryptographicOperations.FixedTimeEquals"/>). The
/// <c>durabletask_extension</c> system key is derived from the master key, so management URIs never carry the master key.
/// </summary>
internal sealed class FunctionKeyVerifier
{
    public const string HeaderName = "x-functions-key";
    public const string QueryName = "code";
    public const string SystemKeyName = "durabletask_extension";

    private readonly byte[] _master;
    private readonly byte[] _system;
    private readonly byte[][] _function;

    public FunctionKeyVerifier(IOptions<FunctionKeysOptions> options)
    {
        var value = options.Value;
        var master = value.MasterKey ?? throw new InvalidOperationException("Auth:MasterKey is required.");
        SystemKey = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(master), Encoding.UTF8.GetBytes(SystemKeyName)));
        _master = Hash(master);
        _system = Hash(SystemKey);
        _function = [.. value.FunctionKeys.Values.Select(Hash)];
    }

    /// <summary>The system key the Durable management URIs carry.</summary>
    public string SystemKey { get; }

    /// <summary>Whether the request's key opens a route of <paramref name="level"/>; <paramref name="durableWebhook"/> also accepts the system key.</summary>
    public bool IsAuthorized(HttpRequest request, ApiAuthLevel level, bool durableWebhook = false)
    {
        if (level == ApiAuthLevel.Anonymous)
        {
            return true;
        }

        var key = Presented(request);
        if (key is null)
        {
            return false;
        }

        var hash = Hash(key);
        var ok = Matches(hash, _master);
        if (durableWebhook)
        {
            ok |= Matches(hash, _system);
        }

        if (level == ApiAuthLevel.Function)
        {
            foreach (var candidate in _function)
            {
                ok |= Matches(hash, candidate);
            }
        }

        return ok;
    }

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var header) && header.Count == 1 && !string.IsNullOrEmpty(header[0]))
        {
            return header[0];
        }

        return request.Query.TryGetValue(QueryName, out var code) && code.Count == 1 && !string.IsNullOrEmpty(code[0]) ? code[0] : null;
    }

    private static bool Matches(byte[] presented, byte[] expected) => CryptographicOperations.FixedTimeEquals(presented, expected);

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
