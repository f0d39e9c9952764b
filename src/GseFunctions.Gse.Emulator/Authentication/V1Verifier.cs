using System.Security.Cryptography;
using System.Text;

namespace GseFunctions.Gse.Emulator.Authentication;

/// <summary>
/// Verifies a signature v1 request (HmacSHA256 or HmacSHA1): the signature is base64(HMAC(SecretKey,
/// METHOD + host + "/?" + sorted "k=v" pairs joined by "&amp;")) over every parameter but Signature, values
/// as sent (decoded, not URL-encoded).
/// </summary>
internal static class V1Verifier
{
    public static bool IsSupportedMethod(string signatureMethod) => signatureMethod is "HmacSHA256" or "HmacSHA1";

    public static bool Verify(
        IReadOnlyDictionary<string, string> parameters,
        string secretKey,
        string method,
        IReadOnlyList<string> hostCandidates,
        string signatureMethod,
        string signature)
    {
        var pairs = parameters
            .Where(p => p.Key != "Signature")
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value);
        var query = string.Join('&', pairs);
        byte[] expected;
        try
        {
            expected = Convert.FromBase64String(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        var key = Encoding.UTF8.GetBytes(secretKey);
        foreach (var host in hostCandidates)
        {
            var data = Encoding.UTF8.GetBytes(method + host + "/?" + query);
#pragma warning disable CA5350 // HmacSHA1 is one of the vendor's v1 signature methods; official SDKs still send it
            var actual = signatureMethod == "HmacSHA1" ? HMACSHA1.HashData(key, data) : HMACSHA256.HashData(key, data);
#pragma warning restore CA5350
            if (CryptographicOperations.FixedTimeEquals(actual, expected))
            {
                return true;
            }
        }

        return false;
    }
}
