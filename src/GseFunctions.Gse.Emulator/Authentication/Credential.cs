namespace GseFunctions.Gse.Emulator.Authentication;

/// <summary>An accepted API key pair.</summary>
internal sealed record Credential(string SecretId, string SecretKey)
{
    public override string ToString() => $"Credential {{ SecretId = {SecretId}, SecretKey = *** }}";
}
