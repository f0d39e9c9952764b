using System.Text.RegularExpressions;

namespace GseFunctions.Cli.Output;

/// <summary>
/// The last guard before anything is written: the key the CLI was given, and the value of any <c>code=</c> query
/// parameter (the management URIs the API hands out carry the Durable system key there), become <c>***</c>.
/// </summary>
internal sealed partial class SecretRedactor(string? key)
{
    public const string Mask = "***";

    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (key is { Length: > 0 })
        {
            text = text.Replace(key, Mask, StringComparison.Ordinal);
        }

        return CodeParameter().Replace(text, "${name}" + Mask);
    }

    [GeneratedRegex(@"(?<name>[?&]code=)[^&\s""'<>]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodeParameter();
}
