using System.Text.RegularExpressions;

namespace GseFunctions.Cli.Output;

/// <summary>
/// The last guard before anything is written: the key the CLI was given, and the value of any <c>code=</c> query
/// parameter (the management URIs the API hands out carry the Durable system key there), become <c>***</c>.
/// </summary>
internal sealed partial class SecretRedactor(string? key)
{
    public const string Mask = "***";

    // gsef never prints the key; this is the safety net. A key this short (never a real one: the self-host wants 32
    // characters) would mask every occurrence of a common letter run in the output, so it is left to the rule above.
    private const int ShortestMaskedKey = 6;

    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (key is { Length: >= ShortestMaskedKey })
        {
            text = text.Replace(key, Mask, StringComparison.Ordinal);
        }

        return CodeParameter().Replace(text, "${name}" + Mask);
    }

    [GeneratedRegex(@"(?<name>[?&]code=)[^&\s""'<>]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodeParameter();
}
