using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GseFunctions.Api.Health;

/// <summary>Registers the readiness cache behind the health routes.</summary>
internal static class HealthServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="HealthOptions"/> (section <c>Health</c>, validated at start), the clock and the
    /// <see cref="ReadinessCache"/> (one per process: every request shares it).
    /// </summary>
    public static IServiceCollection AddReadinessCache(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReadinessCache>();
        return services;
    }
}
