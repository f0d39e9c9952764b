using GseFunctions.Gse;
using Microsoft.Extensions.DependencyInjection;

namespace GseFunctions.Rollouts.Hosting;

/// <summary>Registers the rollout workflow's services (GSE client, stores) for a host that runs or starts rollouts.</summary>
public static class RolloutsServiceCollectionExtensions
{
    /// <summary>Adds the services the rollout activities and starters need.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddRollouts(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddGseClient();
        return services;
    }
}
