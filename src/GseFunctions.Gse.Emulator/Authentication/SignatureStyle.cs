namespace GseFunctions.Gse.Emulator.Authentication;

/// <summary>How a request was signed.</summary>
internal enum SignatureStyle
{
    /// <summary>TC3-HMAC-SHA256 in the Authorization header (API 3.0 signature v3).</summary>
    Tc3,

    /// <summary>HmacSHA256 or HmacSHA1 over the sorted parameters (signature v1).</summary>
    V1,
}
