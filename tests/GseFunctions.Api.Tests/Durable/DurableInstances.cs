using System.Net;
using System.Text.Json;
using GseFunctions.Api.Management;
using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Orchestration;
using GseFunctions.Rollouts.Scheduling;
using GseFunctions.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace GseFunctions.Api.Tests.Durable;

/// <summary>Real orchestrations in the states the Durable API tests need, started through the stack's Durable client.</summary>
internal static class DurableInstances
{
    public const string InstancesPath = "/runtime/webhooks/durabletask/instances";

    /// <summary>A rollout of an alias GSE does not know: it refuses at its first step and completes (outcome Failed) within seconds.</summary>
    public static Task<string> StartRefusedRolloutAsync(ApiStack stack, string id) =>
        stack.Durable.ScheduleNewOrchestrationInstanceAsync(
            RolloutTaskNames.Rollout,
            new RolloutState { Request = new RolloutRequest { AliasId = "alias-00000000-0000-0000-0000-000000000000", FleetId = "fleet-00000000-0000-0000-0000-000000000000" } },
            new StartOrchestrationOptions(id));

    /// <summary>A one-shot schedule a day ahead: it stays Running on a durable timer and calls nothing.</summary>
    public static Task<string> StartWaitingScheduleAsync(ApiStack stack, string id, TimeProvider? time = null)
    {
        var now = (time ?? TimeProvider.System).GetUtcNow();
        return stack.Durable.ScheduleNewOrchestrationInstanceAsync(
            RolloutTaskNames.Schedule,
            new ScheduleState { Request = new ScheduleRequest { ScheduleId = id, StartAt = now.AddDays(1), Rollout = new RolloutRequest { AliasId = "alias-x", FleetId = "fleet-x" } }, CreatedAtUtc = now.UtcDateTime },
            new StartOrchestrationOptions(id));
    }

    /// <summary>An orchestration no worker knows: it fails at once.</summary>
    public static Task<string> StartFailingAsync(ApiStack stack, string id) =>
        stack.Durable.ScheduleNewOrchestrationInstanceAsync("NoSuchOrchestrator", new { purpose = "fail" }, new StartOrchestrationOptions(id));

    public static async Task<OrchestrationMetadata> WaitForAsync(ApiStack stack, string id, OrchestrationRuntimeStatus status)
    {
        OrchestrationMetadata? last = null;
        try
        {
            await Eventually.HoldsAsync(
                async () => (last = await stack.Durable.GetInstanceAsync(id))?.RuntimeStatus == status,
                TimeSpan.FromSeconds(30),
                $"{id} {status}");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message} Last: {last?.RuntimeStatus}.", e);
        }

        return last!;
    }

    /// <summary>The management payload the self-host hands out for <paramref name="id"/> (as a rollout start would).</summary>
    public static HttpManagementPayload Urls(ApiStack stack, string id)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost");
        return stack.Services.GetRequiredService<IManagementUrls>().Create(context.Request, stack.Durable, id);
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> GetAsync(HttpClient http, string uri)
    {
        var response = await http.GetAsync(uri);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), response);
    }
}
