namespace GseFunctions.Infra.Tests.Bicep;

/// <summary>
/// An app setting (Functions) or environment variable (Container App) as the built template writes it: a literal or an
/// ARM expression in <see cref="Value"/>, or a Container Apps secret's name in <see cref="SecretRef"/>.
/// </summary>
internal sealed record DeployedSetting(string Name, string? Value, string? SecretRef)
{
    public bool IsExpression => Value is { Length: > 1 } v && v[0] == '[' && v[^1] == ']' && v[1] != '[';
}
