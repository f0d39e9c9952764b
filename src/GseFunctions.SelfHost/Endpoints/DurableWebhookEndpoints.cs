using DurableTask.AzureStorage;
using GseFunctions.Api.Management;
using GseFunctions.Api.Problems;
using GseFunctions.Api.Routing;
using GseFunctions.Rollouts.Starting;
using GseFunctions.Rollouts.Storage;
using GseFunctions.SelfHost.Auth;
using GseFunctions.SelfHost.Durable;
using GseFunctions.SelfHost.DurableHttpApi;
using GseFunctions.SelfHost.Management;
using GseFunctions.SelfHost.OpenApi;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace GseFunctions.SelfHost.Endpoints;

/// <summary>
/// The Durable Functions HTTP API under <c>/runtime/webhooks/durabletask/instances</c>, which the Functions host serves
/// itself in Azure: the master key or the <c>durabletask_extension</c> system key (admin level), then the
/// <c>taskHub</c>/<c>connection</c> check (<see cref="DurableWebhookTarget"/>).
/// </summary>
internal static class DurableWebhookEndpoints
{
    public const string InstancesPath = SelfHostManagementUrls.WebhookPath + "/instances";

    public static IEndpointRouteBuilder MapDurableWebhookEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var verifier = endpoints.ServiceProvider.GetRequiredService<FunctionKeyVerifier>();
        var instances = endpoints.MapGroup(InstancesPath)
            .AddEndpointFilter(new KeyAuthorizationFilter(verifier, ApiAuthLevel.Admin, durableWebhook: true))
            .AddEndpointFilter(ServedTaskHubOnly)
            .WithTags(ApiTags.DurableManagement);

        instances.MapGet(string.Empty, (HttpRequest request, DurableTaskClient client, CancellationToken ct) =>
            DurableStatusHandlers.ListAsync(request, client, ct)).WithName("DurableWebhook.ListInstances")
            .WithSummary("List orchestration instances")
            .WithDescription("Filters: createdTimeFrom, createdTimeTo, runtimeStatus, instanceIdPrefix, showInput, top (1-1000). The next page's token is the x-ms-continuation-token header.");
        instances.MapGet("{instanceId}", (string instanceId, HttpRequest request, DurableTaskClient client, AzureStorageOrchestrationService storage, PublicBaseUrl baseUrl, CancellationToken ct) =>
            DurableStatusHandlers.GetStatusAsync(instanceId, request, client, new AzureStorageHistorySource(storage), baseUrl.Value, ct)).WithName("DurableWebhook.GetStatus")
            .WithSummary("Get an instance's status")
            .WithDescription("Status, input, custom status and output; 202 while it runs, 200 once ended, 404 when unknown; history with showHistory=true.");
        instances.MapDelete("{instanceId}", (string instanceId, DurableTaskClient client, IAliasLockStore locks, CancellationToken ct) =>
            DurableControlHandlers.PurgeAsync(instanceId, client, locks, ct)).WithName("DurableWebhook.Purge")
            .WithSummary("Purge an ended instance")
            .WithDescription("A rollout or schedule workflow that has not ended is refused (409); purging an ended rollout releases its alias lock.");
        instances.MapPost("{instanceId}/raiseEvent/{eventName}", (string instanceId, string eventName, HttpRequest request, DurableTaskClient client, CancellationToken ct) =>
            DurableControlHandlers.RaiseEventAsync(instanceId, eventName, request, client, ct)).WithName("DurableWebhook.RaiseEvent")
            .WithSummary("Raise an event")
            .WithDescription("The JSON body is the payload; a rollout takes approve, abort and rollback. 410 once the instance has ended.");
        instances.MapPost("{instanceId}/terminate", (string instanceId, HttpRequest request, DurableTaskClient client, CancellationToken ct) =>
            DurableControlHandlers.TerminateAsync(instanceId, request, client, ct)).WithName("DurableWebhook.Terminate")
            .WithSummary("Terminate an instance")
            .WithDescription("The reason becomes its output; 410 once it has ended.");
        instances.MapPost("{instanceId}/suspend", (string instanceId, HttpRequest request, DurableTaskClient client, CancellationToken ct) =>
            DurableControlHandlers.SuspendAsync(instanceId, request, client, ct)).WithName("DurableWebhook.Suspend")
            .WithSummary("Suspend an instance")
            .WithDescription("410 once it has ended.");
        instances.MapPost("{instanceId}/resume", (string instanceId, HttpRequest request, DurableTaskClient client, CancellationToken ct) =>
            DurableControlHandlers.ResumeAsync(instanceId, request, client, ct)).WithName("DurableWebhook.Resume")
            .WithSummary("Resume a suspended instance")
            .WithDescription("410 once it has ended.");
        instances.MapPost("{instanceId}/restart", (string instanceId, HttpRequest request, DurableTaskClient client, RolloutStarter starter, IManagementUrls urls, CancellationToken ct) =>
            DurableControlHandlers.RestartAsync(instanceId, request, client, starter, urls, ct)).WithName("DurableWebhook.Restart")
            .WithSummary("Restart an instance")
            .WithDescription("Starts the orchestrator again with the instance's input; a rollout restarts only with a new id, through the rollout starter and its alias lock.");
        return endpoints;
    }

    // After the key check, so a caller without a key learns nothing about the hub.
    private static async ValueTask<object?> ServedTaskHubOnly(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        var target = DurableWebhookTarget.From(services.GetRequiredService<IOptions<DurableBackendOptions>>().Value, services.GetRequiredService<IConfiguration>());
        return target.Refusal(context.HttpContext.Request) is { } refusal
            ? new ApiProblemResult(refusal)
            : await next(context);
    }
}
