namespace GseFunctions.Gse.Signing;

/// <summary>What a TC3-HMAC-SHA256 signature covers: the request as sent, the credentials and the time.</summary>
/// <param name="SecretId">API key id, placed in the credential scope.</param>
/// <param name="SecretKey">API key secret; only used to derive the signing key.</param>
/// <param name="Service">Service name of the credential scope (<c>gse</c>).</param>
/// <param name="Host">Value signed as the <c>host</c> header.</param>
/// <param name="ContentType">Value signed as the <c>content-type</c> header, byte-identical to what is sent.</param>
/// <param name="Timestamp">Unix time in seconds, sent as <c>X-TC-Timestamp</c>.</param>
/// <param name="Payload">The exact body bytes sent (empty for GET).</param>
/// <param name="Method">HTTP method, <c>POST</c> or <c>GET</c>.</param>
/// <param name="CanonicalQueryString">The query string of a GET request, empty for POST.</param>
internal sealed record Tc3SigningInput(
    string SecretId,
    string SecretKey,
    string Service,
    string Host,
    string ContentType,
    long Timestamp,
    ReadOnlyMemory<byte> Payload,
    string Method = "POST",
    string CanonicalQueryString = "")
{
    /// <summary>Hides the secret so the input can be logged or shown in a test failure.</summary>
    public override string ToString() =>
        $"Tc3SigningInput {{ SecretId = {SecretId}, SecretKey = ***, Service = {Service}, Host = {Host}, ContentType = {ContentType}, Timestamp = {Timestamp}, Method = {Method} }}";
}
