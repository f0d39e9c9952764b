using GseFunctions.Cli.Output;

namespace GseFunctions.Cli.Tests.Output;

public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData("key k3y-value-123 in text", "key *** in text")]
    [InlineData("http://h/x?taskHub=H&code=abc123&y=1", "http://h/x?taskHub=H&code=***&y=1")]
    [InlineData("http://h/x?code=abc123", "http://h/x?code=***")]
    [InlineData("\"u\": \"http://h/x?CODE=abc\"", "\"u\": \"http://h/x?CODE=***\"")]
    [InlineData("no secrets here: barcode=1", "no secrets here: barcode=1")]
    public void Redact_MasksTheKeyAndCodeParameters(string text, string expected) =>
        Assert.Equal(expected, new SecretRedactor("k3y-value-123").Redact(text));

    [Fact]
    public void Redact_AKeyTooShortToBeReal_LeavesTheTextReadable() =>
        Assert.Equal("rollout started", new SecretRedactor("t").Redact("rollout started"));

    [Fact]
    public void Redact_WithoutAKey_OnlyMasksCodeParameters() =>
        Assert.Equal("a ?code=*** b", new SecretRedactor(null).Redact("a ?code=s3cr3t b"));
}
