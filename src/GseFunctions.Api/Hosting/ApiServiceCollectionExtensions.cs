using GseFunctions.Rollouts.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GseFunctions.Api.Hosting;

/// <summary>Registers what the HTTP handlers need, in either host.</summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// Adds the rollout services (<see cref="RolloutsServiceCollectionExtensions.AddRollouts"/>: GSE client, stores,
    /// starter, schedules) and the health checks behind <c>/api/health</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddGseFunctionsApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRollouts();
        services.AddHealthChecks();
        return services;
    }
}
