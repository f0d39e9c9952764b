namespace GseFunctions.Gse.Signing;

/// <summary>A TC3-HMAC-SHA256 signature with every intermediate value (the vendor documents each one).</summary>
/// <param name="HashedRequestPayload">Lowercase hex SHA-256 of the body.</param>
/// <param name="CanonicalRequest">The canonical request string.</param>
/// <param name="HashedCanonicalRequest">Lowercase hex SHA-256 of <paramref name="CanonicalRequest"/>.</param>
/// <param name="Date">UTC date of the timestamp, <c>yyyy-MM-dd</c>.</param>
/// <param name="CredentialScope"><c>Date/Service/tc3_request</c>.</param>
/// <param name="StringToSign">The string signed with the derived key.</param>
/// <param name="SigningKeyHex">The derived signing key (kSigning), lowercase hex. Secret material: never log it.</param>
/// <param name="Signature">Lowercase hex signature.</param>
/// <param name="Authorization">The complete <c>Authorization</c> header value.</param>
internal sealed record Tc3Signature(
    string HashedRequestPayload,
    string CanonicalRequest,
    string HashedCanonicalRequest,
    string Date,
    string CredentialScope,
    string StringToSign,
    string SigningKeyHex,
    string Signature,
    string Authorization)
{
    /// <summary>Hides the derived key.</summary>
    public override string ToString() => $"Tc3Signature {{ CredentialScope = {CredentialScope}, Signature = {Signature} }}";
}
