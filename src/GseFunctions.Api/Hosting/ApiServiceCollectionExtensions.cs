using GseFunctions.Api.Health;
using GseFunctions.Api.Rollouts;
using GseFunctions.Rollouts.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GseFunctions.Api.Hosting;

/// <summary>Registers what the HTTP handlers need, in either host.</summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>How long each health check may take before it counts as unhealthy.</summary>
    public static readonly TimeSpan HealthCheckTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Adds the rollout services (<see cref="RolloutsServiceCollectionExtensions.AddRollouts"/>: GSE client, stores,
    /// starter, schedules) and the health checks behind <c>/api/health</c>: <c>storage</c> (one Azure Tables call on
    /// <c>AzureWebJobsStorage</c>) and <c>gse</c> (one cheap GSE read), each cut off after <see cref="HealthCheckTimeout"/>,
    /// run at most once per <see cref="HealthOptions.ReadinessCacheDuration"/> (<see cref="ReadinessCache"/>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddGseFunctionsApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRollouts();
        services.AddReadinessCache();
        // The timeline's history reader: the Durable client's own, unless the host registered another (the self-host does).
        services.TryAddSingleton<IRolloutTimelineHistory, ClientRolloutTimelineHistory>();
        var checks = services.AddHealthChecks();
        if (!services.Any(d => d.ServiceType == typeof(StorageHealthCheck)))
        {
            // Once only: a second registration under the same names would fail every health request.
            services.AddSingleton<StorageHealthCheck>();
            checks.AddCheck<StorageHealthCheck>(StorageHealthCheck.Name, HealthStatus.Unhealthy, [], HealthCheckTimeout)
                .AddCheck<GseHealthCheck>(GseHealthCheck.Name, HealthStatus.Unhealthy, [], HealthCheckTimeout);
        }

        return services;
    }
}
