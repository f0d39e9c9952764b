using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using GseFunctions.Gse.Signing;

namespace GseFunctions.Testing;

/// <summary>Builds raw, signed API 3.0 requests for wire tests, in both signature styles.</summary>
public static class SignedRequests
{
    /// <summary>A TC3-HMAC-SHA256 POST with <paramref name="json"/> as its body.</summary>
    public static HttpRequestMessage Tc3(
        Uri endpoint,
        string action,
        string json,
        string secretId = LocalGseServer.SecretId,
        string secretKey = LocalGseServer.SecretKey,
        long? timestamp = null,
        string region = "ap-shanghai",
        string version = "2019-11-12",
        string? signedHost = null,
        string contentType = "application/json")
    {
        var ts = timestamp ?? TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var body = Encoding.UTF8.GetBytes(json);
        var host = signedHost ?? endpoint.Authority;
        var signature = Tc3Signer.Sign(new Tc3SigningInput(secretId, secretKey, endpoint.Host.Split('.')[0], host, contentType, ts, body));
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var message = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
        message.Headers.TryAddWithoutValidation("Authorization", signature.Authorization);
        message.Headers.Add("X-TC-Action", action);
        message.Headers.Add("X-TC-Version", version);
        message.Headers.Add("X-TC-Timestamp", ts.ToString(CultureInfo.InvariantCulture));
        if (region.Length > 0)
        {
            message.Headers.Add("X-TC-Region", region);
        }

        return message;
    }

    /// <summary>A signature v1 form POST (<c>HmacSHA256</c> or <c>HmacSHA1</c>) with flattened parameters.</summary>
    public static HttpRequestMessage V1(
        Uri endpoint,
        string action,
        IEnumerable<KeyValuePair<string, string>> parameters,
        string signatureMethod = "HmacSHA256",
        string secretId = LocalGseServer.SecretId,
        string secretKey = LocalGseServer.SecretKey,
        long? timestamp = null,
        bool signHostWithPort = true)
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["Action"] = action,
            ["Version"] = "2019-11-12",
            ["Region"] = "ap-shanghai",
            ["Timestamp"] = (timestamp ?? TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture),
            ["Nonce"] = "12345",
            ["SecretId"] = secretId,
            ["SignatureMethod"] = signatureMethod,
        };
        foreach (var (key, value) in parameters)
        {
            all[key] = value;
        }

        var host = signHostWithPort ? endpoint.Authority : endpoint.Host;
        var toSign = "POST" + host + "/?" + string.Join('&', all.Select(p => p.Key + "=" + p.Value));
        var keyBytes = Encoding.UTF8.GetBytes(secretKey);
        var data = Encoding.UTF8.GetBytes(toSign);
#pragma warning disable CA5350 // HmacSHA1 is one of the vendor's v1 signature methods
        var mac = signatureMethod == "HmacSHA1" ? HMACSHA1.HashData(keyBytes, data) : HMACSHA256.HashData(keyBytes, data);
#pragma warning restore CA5350
        all["Signature"] = Convert.ToBase64String(mac);
        return new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new FormUrlEncodedContent(all) };
    }
}
