using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GseFunctions.Gse.Emulator.Authentication;
using GseFunctions.Gse.Emulator.Simulation;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace GseFunctions.Gse.Emulator.Wire;

/// <summary>
/// Reads and authenticates one API 3.0 call in either style the official SDKs send: TC3-HMAC-SHA256 with
/// a JSON body (or GET query), or signature v1 (HmacSHA256/HmacSHA1) with form-encoded or query parameters.
/// </summary>
internal sealed class CallReader(IOptionsMonitor<LocalGseOptions> options, TimeProvider realTime)
{
    /// <summary>Parameters of a v1 call that belong to the protocol, not to the action.</summary>
    private static readonly HashSet<string> V1Common = new(StringComparer.Ordinal)
    {
        "Action", "Region", "Timestamp", "Nonce", "SecretId", "Signature", "SignatureMethod", "Version", "Token", "Language", "RequestClient",
    };

    public const int MaxJsonBody = 10 * 1024 * 1024;
    public const int MaxFormBody = 1024 * 1024;

    public IncomingCall Read(HttpRequest request, byte[] body)
    {
        var method = request.Method;
        if (method is not ("POST" or "GET"))
        {
            throw new GseFault(GseErrorCodes.UnsupportedProtocol, "Only GET and POST are supported.");
        }

        var authorization = request.Headers.Authorization.ToString();
        var hosts = HostCandidates(request);
        return Tc3Verifier.IsTc3(authorization)
            ? ReadTc3(request, body, authorization, hosts)
            : authorization.Length > 0
                ? throw new GseFault(GseErrorCodes.AuthFailureInvalidAuthorization, "The Authorization header must use TC3-HMAC-SHA256.")
                : ReadV1(request, body, hosts);
    }

    private IncomingCall ReadTc3(HttpRequest request, byte[] body, string header, IReadOnlyList<string> hosts)
    {
        var auth = Tc3Verifier.Parse(header);
        var credential = Find(auth.SecretId);
        var timestamp = ParseTimestamp(Header(request, "X-TC-Timestamp"), "X-TC-Timestamp");
        CheckSkew(timestamp);
        var utcDate = DateTimeOffset.FromUnixTimeSeconds(timestamp).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var query = request.QueryString.HasValue ? request.QueryString.Value![1..] : string.Empty;
        if (auth.Date != utcDate
            || !Tc3Verifier.Verify(auth, credential.SecretKey, request.Method, query, name => request.Headers[name].ToString(), hosts, timestamp, body))
        {
            throw new GseFault(GseErrorCodes.AuthFailureSignatureFailure, "The provided credentials could not be validated: the signature does not match the request.");
        }

        JsonObject parameters;
        if (request.Method == "GET")
        {
            parameters = FlattenedParameters.ToJson(QueryHelpers.ParseQuery(request.QueryString.Value).Select(p => KeyValuePair.Create(p.Key, p.Value.ToString())));
        }
        else if (IsJson(request.ContentType))
        {
            parameters = ParseJsonObject(body);
        }
        else
        {
            throw new GseFault(GseErrorCodes.InvalidParameter, "A TC3-HMAC-SHA256 POST carries a JSON body (Content-Type: application/json); form bodies use signature v1.");
        }

        return new IncomingCall(
            SignatureStyle.Tc3,
            credential.SecretId,
            Required(Header(request, "X-TC-Action"), "X-TC-Action"),
            Required(Header(request, "X-TC-Region"), "X-TC-Region"),
            CheckVersion(Required(Header(request, "X-TC-Version"), "X-TC-Version"), parameters));
    }

    private IncomingCall ReadV1(HttpRequest request, byte[] body, IReadOnlyList<string> hosts)
    {
        string raw;
        if (request.Method == "GET")
        {
            raw = request.QueryString.HasValue ? request.QueryString.Value! : string.Empty;
        }
        else if (request.ContentType is { } type && type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            if (body.Length > MaxFormBody)
            {
                throw new GseFault(GseErrorCodes.RequestSizeLimitExceeded, "A signature v1 request body is limited to 1 MB.");
            }

            raw = System.Text.Encoding.UTF8.GetString(body);
        }
        else
        {
            throw new GseFault(GseErrorCodes.AuthFailureInvalidAuthorization, "The request is not signed: send an Authorization header (TC3-HMAC-SHA256) or form parameters signed with signature v1.");
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, values) in QueryHelpers.ParseQuery(raw))
        {
            if (values.Count != 1)
            {
                throw new GseFault(GseErrorCodes.InvalidParameter, $"The parameter `{key}` appears more than once.");
            }

            parameters[key] = values.ToString();
        }

        var credential = Find(Required(Get(parameters, "SecretId"), "SecretId"));
        var timestamp = ParseTimestamp(Get(parameters, "Timestamp"), "Timestamp");
        CheckSkew(timestamp);
        Required(Get(parameters, "Nonce"), "Nonce");
        var signature = Required(Get(parameters, "Signature"), "Signature");
        var signatureMethod = Get(parameters, "SignatureMethod") ?? "HmacSHA1";
        if (!V1Verifier.IsSupportedMethod(signatureMethod))
        {
            throw new GseFault(GseErrorCodes.InvalidParameterValue, "SignatureMethod must be HmacSHA256 or HmacSHA1.");
        }

        if (!V1Verifier.Verify(parameters, credential.SecretKey, request.Method, hosts, signatureMethod, signature))
        {
            throw new GseFault(GseErrorCodes.AuthFailureSignatureFailure, "The provided credentials could not be validated: the signature does not match the request.");
        }

        var actionParameters = FlattenedParameters.ToJson(parameters.Where(p => !V1Common.Contains(p.Key)));
        return new IncomingCall(
            SignatureStyle.V1,
            credential.SecretId,
            Required(Get(parameters, "Action"), "Action"),
            Required(Get(parameters, "Region"), "Region"),
            CheckVersion(Required(Get(parameters, "Version"), "Version"), actionParameters));
    }

    private Credential Find(string secretId)
    {
        var current = options.CurrentValue;
        if (!string.Equals(secretId, current.SecretId, StringComparison.Ordinal))
        {
            throw new GseFault(GseErrorCodes.AuthFailureSecretIdNotFound, "The SecretId is not found; check that it is correct and enabled.");
        }

        return new Credential(current.SecretId, current.SecretKey);
    }

    private void CheckSkew(long timestamp)
    {
        var now = realTime.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - timestamp) > options.CurrentValue.MaxClockSkew.TotalSeconds)
        {
            throw new GseFault(GseErrorCodes.AuthFailureSignatureExpire, $"The request timestamp {timestamp} differs from the server time {now} by more than 5 minutes.");
        }
    }

    private static JsonObject CheckVersion(string version, JsonObject parameters) =>
        version == GseClient.ApiVersion
            ? parameters
            : throw new GseFault(GseErrorCodes.NoSuchVersion, $"Version `{version}` does not exist for gse; use {GseClient.ApiVersion}.");

    private static JsonObject ParseJsonObject(byte[] body)
    {
        if (body.Length == 0)
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(body) as JsonObject
                ?? throw new GseFault(GseErrorCodes.InvalidParameter, "The request body must be a JSON object.");
        }
        catch (JsonException)
        {
            throw new GseFault(GseErrorCodes.InvalidParameter, "The request body is not valid JSON.");
        }
    }

    private static long ParseTimestamp(string? value, string name) =>
        long.TryParse(Required(value, name), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? seconds
            : throw new GseFault(GseErrorCodes.InvalidParameter, $"`{name}` must be a Unix time in seconds.");

    private static IReadOnlyList<string> HostCandidates(HttpRequest request)
    {
        // The Node SDK signs the host without its port (TC3) or with it (v1); other SDKs sign the Host header as sent.
        var host = request.Host;
        return host.Port is null ? [host.Value ?? string.Empty] : [host.Value!, host.Host];
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null && contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase);

    private static string? Header(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var value) && value.Count > 0 ? value.ToString() : null;

    private static string? Get(Dictionary<string, string> parameters, string name) => parameters.GetValueOrDefault(name);

    private static string Required(string? value, string name) =>
        string.IsNullOrEmpty(value) ? throw new GseFault(GseErrorCodes.MissingParameter, $"The parameter `{name}` is missing.") : value;
}
