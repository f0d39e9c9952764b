using GseFunctions.Gse.Models;
using Microsoft.Extensions.Options;

namespace GseFunctions.Gse.RateLimiting;

/// <summary>Checks <see cref="GseRateLimitOptions"/>; every message names the key to fix, under <paramref name="sectionName"/>.</summary>
/// <param name="sectionName">Where the options come from (<c>Gse:RateLimits</c> or <c>LocalGse:RateLimits</c>).</param>
public sealed class GseRateLimitOptionsValidator(string sectionName = GseRateLimitOptions.SectionName) : IValidateOptions<GseRateLimitOptions>
{
    /// <summary>Every problem of <paramref name="options"/>, or none.</summary>
    /// <param name="options">The options to check.</param>
    /// <returns>One message per problem.</returns>
    public IReadOnlyList<string> Problems(GseRateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>(options.ConfigurationErrors);
        CheckLimit(failures, $"{sectionName}:Default", options.Default);
        foreach (var (action, limit) in options.Actions.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (!GseActionCatalog.TryGet(action, out _))
            {
                failures.Add($"{sectionName}:{action}: '{action}' is not a GSE action.");
            }

            CheckLimit(failures, $"{sectionName}:{action}", limit);
        }

        if (options.MaxWait < TimeSpan.Zero || options.MaxWait > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{sectionName}:MaxWait: {options.MaxWait} is out of range (00:00:00-00:10:00).");
        }

        if (options.QueueLimit is < 0 or > 1_000_000)
        {
            failures.Add($"{sectionName}:QueueLimit: {options.QueueLimit} is out of range (0-1000000).");
        }

        return failures;
    }

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, GseRateLimitOptions options)
    {
        var failures = Problems(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckLimit(List<string> failures, string key, int limit)
    {
        if (limit is < 0 or > GseRateLimitOptions.MaxLimit)
        {
            failures.Add($"{key}: {limit} is out of range (0-{GseRateLimitOptions.MaxLimit} requests per second; 0 = no limit).");
        }
    }
}
