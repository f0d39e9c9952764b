using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GseFunctions.Gse.Signing;

/// <summary>
/// Tencent Cloud API 3.0 request signing, TC3-HMAC-SHA256, as a pure function. Signs the
/// <c>content-type</c> and <c>host</c> headers, as the official SDKs do. Internal to the client: the local GSE verifies
/// signatures with its own code, and the compiler keeps it from borrowing this one (one shared bug would pass on both
/// sides).
/// </summary>
internal static class Tc3Signer
{
    /// <summary>The algorithm name that starts the Authorization header.</summary>
    public const string Algorithm = "TC3-HMAC-SHA256";

    private const string SignedHeaders = "content-type;host";

    /// <summary>Signs <paramref name="input"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static Tc3Signature Sign(Tc3SigningInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var hashedPayload = HexSha256(input.Payload.Span);
        var canonicalRequest = string.Join(
            '\n',
            input.Method.ToUpperInvariant(),
            "/",
            input.CanonicalQueryString,
            $"content-type:{input.ContentType.Trim().ToLowerInvariant()}\nhost:{input.Host.Trim().ToLowerInvariant()}\n",
            SignedHeaders,
            hashedPayload);
        var hashedCanonicalRequest = HexSha256(Encoding.UTF8.GetBytes(canonicalRequest));

        var date = DateTimeOffset.FromUnixTimeSeconds(input.Timestamp).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var scope = $"{date}/{input.Service}/tc3_request";
        var stringToSign = $"{Algorithm}\n{input.Timestamp.ToString(CultureInfo.InvariantCulture)}\n{scope}\n{hashedCanonicalRequest}";

        var kDate = HMACSHA256.HashData(Encoding.UTF8.GetBytes("TC3" + input.SecretKey), Encoding.UTF8.GetBytes(date));
        var kService = HMACSHA256.HashData(kDate, Encoding.UTF8.GetBytes(input.Service));
        var kSigning = HMACSHA256.HashData(kService, "tc3_request"u8);
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(kSigning, Encoding.UTF8.GetBytes(stringToSign)));

        var authorization = $"{Algorithm} Credential={input.SecretId}/{scope}, SignedHeaders={SignedHeaders}, Signature={signature}";
        return new Tc3Signature(
            hashedPayload,
            canonicalRequest,
            hashedCanonicalRequest,
            date,
            scope,
            stringToSign,
            Convert.ToHexStringLower(kSigning),
            signature,
            authorization);
    }

    private static string HexSha256(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));
}
