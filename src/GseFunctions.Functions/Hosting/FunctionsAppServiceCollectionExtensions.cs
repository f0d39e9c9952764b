using GseFunctions.Api.Hosting;
using GseFunctions.Api.Management;
using GseFunctions.Functions.Management;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GseFunctions.Functions.Hosting;

/// <summary>The Functions app's services.</summary>
internal static class FunctionsAppServiceCollectionExtensions
{
    /// <summary>
    /// The API's services (<see cref="ApiServiceCollectionExtensions.AddGseFunctionsApi"/>: GSE client, rollout stores,
    /// starter, schedules, health checks) and the management URLs the Durable extension builds. The Durable client is not
    /// here: functions get it from their <c>[DurableClient]</c> binding.
    /// </summary>
    public static IServiceCollection AddGseFunctionsApp(this IServiceCollection services)
    {
        services.AddGseFunctionsApi();
        services.TryAddSingleton<IManagementUrls, FunctionsManagementUrls>();
        return services;
    }
}
