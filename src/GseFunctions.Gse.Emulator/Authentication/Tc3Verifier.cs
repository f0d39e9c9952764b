using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GseFunctions.Gse.Emulator.Simulation;

namespace GseFunctions.Gse.Emulator.Authentication;

/// <summary>
/// Verifies a TC3-HMAC-SHA256 request as received. Written independently of the client's signer (if both
/// sides shared one implementation, a bug in it would pass every test): it rebuilds the canonical request
/// from whichever headers the caller listed in SignedHeaders, in the scope the caller presented.
/// </summary>
internal static class Tc3Verifier
{
    private const string Prefix = "TC3-HMAC-SHA256 ";

    /// <summary>The parts of a TC3 Authorization header.</summary>
    internal sealed record Authorization(string SecretId, string Date, string Service, IReadOnlyList<string> SignedHeaders, string Signature);

    public static bool IsTc3(string? authorization) => authorization is not null && authorization.StartsWith(Prefix, StringComparison.Ordinal);

    public static Authorization Parse(string header)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in header[Prefix.Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw Invalid("each part of the Authorization header must be Name=Value");
            }

            fields[part[..eq]] = part[(eq + 1)..];
        }

        if (!fields.TryGetValue("Credential", out var credential) || !fields.TryGetValue("SignedHeaders", out var signedHeaders) || !fields.TryGetValue("Signature", out var signature))
        {
            throw Invalid("the Authorization header needs Credential, SignedHeaders and Signature");
        }

        var scope = credential.Split('/');
        if (scope.Length != 4 || scope[3] != "tc3_request" || scope.Any(string.IsNullOrEmpty))
        {
            throw Invalid("Credential must be SecretId/yyyy-MM-dd/service/tc3_request");
        }

        var headers = signedHeaders.Split(';');
        if (!headers.Contains("content-type") || !headers.Contains("host") || headers.Any(h => h.Length == 0 || h.Any(char.IsUpper)))
        {
            throw Invalid("SignedHeaders must be lower case and include content-type and host");
        }

        return new Authorization(scope[0], scope[1], scope[2], headers, signature);
    }

    /// <summary>Checks the signature; <paramref name="headerValue"/> returns the received values of a header.</summary>
    public static bool Verify(
        Authorization auth,
        string secretKey,
        string method,
        string queryString,
        Func<string, string?> headerValue,
        IReadOnlyList<string> hostCandidates,
        long timestamp,
        ReadOnlySpan<byte> body)
    {
        var payloadHash = Hex(SHA256.HashData(body));
        var signingKey = DeriveKey(secretKey, auth.Date, auth.Service);
        var expected = Encoding.ASCII.GetBytes(auth.Signature);
        foreach (var host in hostCandidates)
        {
            var canonical = new StringBuilder();
            canonical.Append(method).Append('\n').Append('/').Append('\n').Append(queryString).Append('\n');
            foreach (var name in auth.SignedHeaders.Order(StringComparer.Ordinal))
            {
                var value = name == "host" ? host : headerValue(name) ?? string.Empty;
                canonical.Append(name).Append(':').Append(value.Trim().ToLowerInvariant()).Append('\n');
            }

            canonical.Append('\n').Append(string.Join(';', auth.SignedHeaders)).Append('\n').Append(payloadHash);
            var toSign = "TC3-HMAC-SHA256\n" + timestamp.ToString(CultureInfo.InvariantCulture) + "\n"
                + auth.Date + "/" + auth.Service + "/tc3_request\n" + Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
            var actual = Encoding.ASCII.GetBytes(Hex(HMACSHA256.HashData(signingKey, Encoding.UTF8.GetBytes(toSign))));
            if (CryptographicOperations.FixedTimeEquals(actual, expected))
            {
                return true;
            }
        }

        return false;
    }

    private static byte[] DeriveKey(string secretKey, string date, string service)
    {
        var key = Encoding.UTF8.GetBytes("TC3" + secretKey);
        foreach (var step in new[] { date, service, "tc3_request" })
        {
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(step));
        }

        return key;
    }

    private static string Hex(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            sb.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    private static GseFault Invalid(string why) => new(GseErrorCodes.AuthFailureInvalidAuthorization, "Malformed Authorization header: " + why + ".");
}
