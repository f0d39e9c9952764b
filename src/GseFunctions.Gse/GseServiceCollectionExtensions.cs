using GseFunctions.Gse.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GseFunctions.Gse;

/// <summary>Registers the GSE client.</summary>
public static class GseServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="GseClient"/> as a typed HTTP client with <see cref="GseClientOptions"/> bound from the
    /// <c>Gse</c> section of the registered <see cref="IConfiguration"/> (when there is one), validated at start-up (a missing SecretId/SecretKey fails the host's
    /// start with a clear message), then adjusted by <paramref name="configure"/>. Also registers the process's request
    /// budget, one <see cref="GseRateLimiter"/> shared by every client of the container, with
    /// <see cref="GseRateLimitOptions"/> read from <c>Gse:RateLimits</c> and validated at start-up (adjust it in code with
    /// <c>services.Configure&lt;GseRateLimitOptions&gt;(...)</c>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional code-side settings, applied after configuration binding.</param>
    /// <returns>The options builder, for further validation or configuration.</returns>
    public static OptionsBuilder<GseClientOptions> AddGseClient(this IServiceCollection services, Action<GseClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<GseClientOptions>()
            .Configure<IServiceProvider>(static (o, sp) => sp.GetService<IConfiguration>()?.GetSection(GseClientOptions.SectionName).Bind(o))
            .ValidateDataAnnotations()
            .Validate(static o => o.Endpoint.IsAbsoluteUri && (o.Endpoint.Scheme == Uri.UriSchemeHttp || o.Endpoint.Scheme == Uri.UriSchemeHttps), "Gse:Endpoint must be an absolute http or https address.")
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddOptions<GseRateLimitOptions>()
            .Configure<IServiceProvider>(static (o, sp) =>
            {
                if (sp.GetService<IConfiguration>() is { } configuration)
                {
                    GseRateLimitConfiguration.Bind(configuration.GetSection(GseRateLimitOptions.SectionName), o);
                }
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GseRateLimitOptions>>(new GseRateLimitOptionsValidator()));
        services.TryAddSingleton<GseRateLimiter>();

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient<GseClient>(static client => client.Timeout = Timeout.InfiniteTimeSpan);
        return options;
    }
}
