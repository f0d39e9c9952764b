using GseFunctions.Gse;
using GseFunctions.Rollouts.Scheduling;
using GseFunctions.Rollouts.Starting;
using GseFunctions.Rollouts.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GseFunctions.Rollouts.Hosting;

/// <summary>Registers the rollout workflow's services (GSE client, stores) for a host that runs or starts rollouts.</summary>
public static class RolloutsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the services the rollout activities and starters need: the GSE client (<c>Gse</c> section), the alias lock
    /// and schedule stores on Azure Tables (connection from <c>AzureWebJobsStorage</c>: a connection string or an
    /// identity-based connection, <see cref="StorageConnection"/>; table prefix from
    /// <c>Rollouts:TablePrefix</c>), <see cref="RolloutStarter"/> and <see cref="ScheduleService"/> (its rules from the
    /// <c>Schedules</c> section: <see cref="ScheduleOptions"/>). Options are validated when the host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddRollouts(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddGseClient();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<RolloutStorageOptions>()
            .Configure<IServiceProvider>(static (o, sp) =>
            {
                var configuration = sp.GetService<IConfiguration>();
                if (configuration is null)
                {
                    return;
                }

                configuration.GetSection("Rollouts").Bind(o);
                o.Connection = StorageConnection.Read(configuration);
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RolloutStorageOptions>, RolloutStorageOptionsValidator>());
        services.AddOptions<ScheduleOptions>()
            .Configure<IServiceProvider>(static (o, sp) => sp.GetService<IConfiguration>()?.GetSection("Schedules").Bind(o))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<RolloutTables>();
        services.TryAddSingleton<IAliasLockStore, TableAliasLockStore>();
        services.TryAddSingleton<AliasLocking>();
        services.TryAddSingleton<IScheduleStore, TableScheduleStore>();
        services.TryAddSingleton<RolloutStarter>();
        services.TryAddSingleton<ScheduleService>();
        return services;
    }
}
