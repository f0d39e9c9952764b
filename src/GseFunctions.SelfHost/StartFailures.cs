using Microsoft.Extensions.Options;

namespace GseFunctions.SelfHost;

/// <summary>The settings problems a failed start reports: every options validation failure, once each.</summary>
internal static class StartFailures
{
    /// <summary>
    /// The distinct failures of <paramref name="exception"/> when it is an options validation failure, or an aggregate
    /// of them only (the host throws one when several options fail at start); empty for anything else.
    /// </summary>
    public static IReadOnlyList<string> Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var validations = exception switch
        {
            OptionsValidationException one => [one],
            AggregateException all when all.InnerExceptions.Count > 0 && all.InnerExceptions.All(e => e is OptionsValidationException)
                => all.InnerExceptions.Cast<OptionsValidationException>().ToList(),
            _ => [],
        };
        return validations.SelectMany(v => v.Failures).Distinct(StringComparer.Ordinal).ToList();
    }
}
