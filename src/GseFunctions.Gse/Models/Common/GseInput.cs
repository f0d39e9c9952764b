namespace GseFunctions.Gse.Models;

/// <summary>
/// The shapes GSE gives its ids and names, checked the same way on every route and in every workflow input before a
/// value reaches GSE or storage. Ids: GSE's own are <c>fleet-xxxxxxxx-xxxxxxxx</c>, <c>alias-…</c>, <c>asset-…</c>
/// (reference §5.4), so one rule of 1–128 ASCII letters, digits, '-', '_' and '.' admits every real id and refuses
/// whitespace, control characters and the / # ? that would reach URLs and table keys. Names: GSE bounds them per field
/// (alias 1–1024, fleet 1–50, asset 1–64, session ≤ 1024 ASCII; reference §3), and we also refuse control characters and
/// leading or trailing white space rather than trim silently.
/// </summary>
public static class GseInput
{
    /// <summary>Longest id accepted.</summary>
    public const int MaxIdLength = 128;

    /// <summary>The message for an id that breaks <see cref="IsId"/>.</summary>
    public const string IdRule = "Must be 1-128 letters, digits, '-', '_' or '.'.";

    /// <summary>True for a well-formed id: 1–128 of ASCII letters, digits, '-', '_' and '.'.</summary>
    /// <param name="value">The id.</param>
    /// <returns>Whether it has the id shape.</returns>
    public static bool IsId(string? value) =>
        value is { Length: > 0 and <= MaxIdLength } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>
    /// Why <paramref name="value"/> is not a good name of at most <paramref name="maxLength"/> characters, or null when it
    /// is: not empty, no control or unpaired surrogate characters, no leading or trailing white space, and ASCII only
    /// where GSE says so.
    /// </summary>
    /// <param name="value">The name (not null).</param>
    /// <param name="maxLength">GSE's bound for the field.</param>
    /// <param name="asciiOnly">True for fields GSE documents as ASCII (session names).</param>
    /// <returns>The problem, or null.</returns>
    public static string? NameProblem(string value, int maxLength, bool asciiOnly = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0 || value.Length > maxLength)
        {
            return $"Must be 1-{maxLength} characters.";
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return "Must not start or end with white space.";
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c))
            {
                return "Must not contain control characters.";
            }

            if (asciiOnly && c > '~')
            {
                return "Must be printable ASCII.";
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return "Must be valid UTF-16 text (an unpaired surrogate was found).";
            }
        }

        return null;
    }
}
