using System.Text;
using GseFunctions.Gse.Signing;

namespace GseFunctions.Gse.Tests.Signing;

/// <summary>The vendor's worked example (Signature v3 doc) and the GSE-shaped vector from the protocol reference.</summary>
public sealed class Tc3SignerTests
{
    // The payload of the official example: 86 bytes, the \u escapes are literal backslash sequences.
    private const string OfficialPayload = """{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}""";

    private static Tc3SigningInput OfficialInput(string secretId, string secretKey) => new(
        SecretId: secretId,
        SecretKey: secretKey,
        Service: "cvm",
        Host: "cvm.tencentcloudapi.com",
        ContentType: "application/json; charset=utf-8",
        Timestamp: 1551113065,
        Payload: Encoding.UTF8.GetBytes(OfficialPayload));

    [Fact]
    public void Sign_OfficialExampleVectorA_MatchesEveryDocumentedIntermediate()
    {
        Assert.Equal(86, Encoding.UTF8.GetByteCount(OfficialPayload));

        var result = Tc3Signer.Sign(OfficialInput("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"));

        Assert.Equal("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064", result.HashedRequestPayload);
        Assert.Equal(
            "POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\ncontent-type;host\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064",
            result.CanonicalRequest);
        Assert.Equal("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031", result.HashedCanonicalRequest);
        Assert.Equal("2019-02-25", result.Date);
        Assert.Equal("2019-02-25/cvm/tc3_request", result.CredentialScope);
        Assert.Equal(
            "TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031",
            result.StringToSign);
        Assert.Equal("ac658d5dde49e9bfdd14e04e062f66b05d9f637d44b8a8d845327d4a77f666b1", result.SigningKeyHex);
        Assert.Equal("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168", result.Signature);
        Assert.Equal(
            "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168",
            result.Authorization);
    }

    [Fact]
    public void Sign_OfficialExampleVectorBWithMaskedKey_MatchesDocumentedSignature()
    {
        var result = Tc3Signer.Sign(OfficialInput("AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******", "Gu5t9xGARNpq86cd98joQYCN3*******"));

        Assert.Equal("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031", result.HashedCanonicalRequest);
        Assert.Equal("8aa8ab5755582f576e94bcfe383b8e29325b0ca90c3590d569221c6a63a091ed", result.SigningKeyHex);
        Assert.Equal("2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c", result.Signature);
    }

    [Fact]
    public void Sign_GseShapedVector_MatchesReference()
    {
        var body = """{"AliasId":"alias-xxxxxxxx","MaximumPlayerSessionCount":10}""";
        var result = Tc3Signer.Sign(new Tc3SigningInput(
            "AKIDEXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "gse", "gse.tencentcloudapi.com", "application/json", 1551113065, Encoding.UTF8.GetBytes(body)));

        Assert.Equal("84e98adf6bd8ed015d00e5a3cfbeb766a6511a55c5696a90df08c7e6f713c3ae", result.HashedRequestPayload);
        Assert.Equal("91abf91e32060017f04495fda37ae681503fc18ab05d8b6b21f59e1bfd743ab8", result.HashedCanonicalRequest);
        Assert.Equal(
            "TC3-HMAC-SHA256 Credential=AKIDEXAMPLE/2019-02-25/gse/tc3_request, SignedHeaders=content-type;host, Signature=625a408ff21f3c81768836c0740b69ff5e896ea15e15f3ff0c7d944d7701dbc0",
            result.Authorization);
    }

    [Fact]
    public void Sign_TimestampLateInUtcDay_UsesUtcDateNotLocalDate()
    {
        // 2019-02-25T23:59:59Z is already 2019-02-26 in UTC+8; the scope must keep the UTC date.
        var result = Tc3Signer.Sign(OfficialInput("id", "key") with { Timestamp = 1551139199 });

        Assert.Equal("2019-02-25/cvm/tc3_request", result.CredentialScope);
    }

    [Fact]
    public void ToString_NeverContainsTheSecretOrDerivedKey()
    {
        var input = OfficialInput("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE");
        var result = Tc3Signer.Sign(input);

        Assert.DoesNotContain("Gu5t9x", input.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(result.SigningKeyHex, result.ToString(), StringComparison.Ordinal);
    }
}
