using Azure.Core.Serialization;
using GseFunctions.Api.Hosting;
using GseFunctions.Api.Management;
using GseFunctions.Functions.Management;
using GseFunctions.Rollouts.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GseFunctions.Functions.Hosting;

/// <summary>The Functions app's services.</summary>
internal static class FunctionsAppServiceCollectionExtensions
{
    /// <summary>
    /// The API's services (<see cref="ApiServiceCollectionExtensions.AddGseFunctionsApi"/>: GSE client, rollout stores,
    /// starter, schedules, health checks) and the management URLs the Durable extension builds. The Durable client is not
    /// here: functions get it from their <c>[DurableClient]</c> binding. The worker's serializer is
    /// <see cref="DurablePayloadJson.Options"/>: the Durable extension serializes orchestration inputs, custom statuses,
    /// outputs and activity data with it (no <c>DataConverter</c> is registered), so they are camelCase like the API and
    /// payloads written in the SDK's PascalCase still read.
    /// </summary>
    public static IServiceCollection AddGseFunctionsApp(this IServiceCollection services)
    {
        services.AddGseFunctionsApi();
        services.TryAddSingleton<IManagementUrls, FunctionsManagementUrls>();
        services.Configure<WorkerOptions>(options => options.Serializer = DurableSerializer);
        return services;
    }

    /// <summary>The worker's serializer: <see cref="DurablePayloadJson.Options"/>.</summary>
    internal static ObjectSerializer DurableSerializer { get; } = new JsonObjectSerializer(DurablePayloadJson.Options);
}
