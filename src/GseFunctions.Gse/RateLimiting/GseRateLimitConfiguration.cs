using System.Globalization;
using GseFunctions.Gse.Models;
using Microsoft.Extensions.Configuration;

namespace GseFunctions.Gse.RateLimiting;

/// <summary>
/// Reads a rate-limit section (<c>Gse:RateLimits</c>, or the local GSE's <c>LocalGse:RateLimits</c>) into
/// <see cref="GseRateLimitOptions"/>: the named settings, and every other key as an action's limit. A value that does not
/// parse or a key that names no GSE action is recorded for <see cref="GseRateLimitOptionsValidator"/>, so start-up fails
/// naming every bad key rather than ignoring a misspelt action.
/// </summary>
public static class GseRateLimitConfiguration
{
    /// <summary>Applies <paramref name="section"/> to <paramref name="options"/>.</summary>
    /// <param name="section">The section; nothing changes when it does not exist.</param>
    /// <param name="options">The options to change.</param>
    public static void Bind(IConfigurationSection section, GseRateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var child in section.GetChildren())
        {
            var key = $"{section.Path}:{child.Key}";
            var text = child.Value;
            if (text is null)
            {
                options.ConfigurationErrors.Add($"{key}: expected a value, found a section.");
                continue;
            }

            switch (child.Key.ToUpperInvariant())
            {
                case "ENABLED":
                    if (bool.TryParse(text, out var enabled))
                    {
                        options.Enabled = enabled;
                    }
                    else
                    {
                        options.ConfigurationErrors.Add($"{key}: '{text}' is not true or false.");
                    }

                    break;
                case "DEFAULT":
                    options.Default = ReadLimit(options, key, text, options.Default);
                    break;
                case "QUEUELIMIT":
                    options.QueueLimit = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var queue)
                        ? queue
                        : Fail(options, $"{key}: '{text}' is not a whole number.", options.QueueLimit);
                    break;
                case "MAXWAIT":
                    options.MaxWait = TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var wait)
                        ? wait
                        : Fail(options, $"{key}: '{text}' is not a time span (expected hh:mm:ss).", options.MaxWait);
                    break;
                default:
                    var action = GseActionCatalog.All.FirstOrDefault(a => string.Equals(a.Action, child.Key, StringComparison.OrdinalIgnoreCase))?.Action;
                    if (action is null)
                    {
                        options.ConfigurationErrors.Add($"{key}: '{child.Key}' is not a GSE action (or Enabled, Default, MaxWait, QueueLimit).");
                    }
                    else
                    {
                        options.Actions[action] = ReadLimit(options, key, text, options.LimitOf(action));
                    }

                    break;
            }
        }
    }

    private static int ReadLimit(GseRateLimitOptions options, string key, string text, int fallback) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var limit)
            ? limit
            : Fail(options, $"{key}: '{text}' is not a whole number of requests per second.", fallback);

    private static T Fail<T>(GseRateLimitOptions options, string problem, T fallback)
    {
        options.ConfigurationErrors.Add(problem);
        return fallback;
    }
}
