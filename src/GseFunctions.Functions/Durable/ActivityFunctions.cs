using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Scheduling;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using GseFunctions.Rollouts.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GseFunctions.Functions.Durable;

/// <summary>
/// The activity functions: each creates the Rollouts activity class from the invocation's services and runs it with
/// the input, under the name <c>RolloutTasks</c> registers it in the self-host.
/// </summary>
/// <param name="services">The invocation's services.</param>
public sealed class ActivityFunctions(IServiceProvider services)
{
    /// <summary>The <c>HoldAliasLock</c> activity, with the Durable client the binding hands this invocation (to ask whether a holder has ended).</summary>
    [Function(RolloutTaskNames.HoldAliasLock)]
    public Task<AliasLockHold> HoldAliasLockAsync([ActivityTrigger] HoldAliasLockInput input, string instanceId, [DurableClient] DurableTaskClient client) =>
        RunAsync<HoldAliasLockActivity, HoldAliasLockInput, AliasLockHold>(RolloutTaskNames.HoldAliasLock, instanceId, input, client);

    /// <summary>The <c>InspectTarget</c> activity.</summary>
    [Function(RolloutTaskNames.InspectTarget)]
    public Task<RolloutStartPoint> InspectTargetAsync([ActivityTrigger] RolloutRequest input, string instanceId) =>
        RunAsync<InspectTargetActivity, RolloutRequest, RolloutStartPoint>(RolloutTaskNames.InspectTarget, instanceId, input);

    /// <summary>The <c>ProvisionFleet</c> activity.</summary>
    [Function(RolloutTaskNames.ProvisionFleet)]
    public Task<string> ProvisionFleetAsync([ActivityTrigger] ProvisionFleetInput input, string instanceId) =>
        RunAsync<ProvisionFleetActivity, ProvisionFleetInput, string>(RolloutTaskNames.ProvisionFleet, instanceId, input);

    /// <summary>The <c>ObserveFleet</c> activity.</summary>
    [Function(RolloutTaskNames.ObserveFleet)]
    public Task<FleetObservation> ObserveFleetAsync([ActivityTrigger] string input, string instanceId) =>
        RunAsync<ObserveFleetActivity, string, FleetObservation>(RolloutTaskNames.ObserveFleet, instanceId, input);

    /// <summary>The <c>SetFleetCapacity</c> activity.</summary>
    [Function(RolloutTaskNames.SetFleetCapacity)]
    public Task<FleetChange> SetFleetCapacityAsync([ActivityTrigger] SetFleetCapacityInput input, string instanceId) =>
        RunAsync<SetFleetCapacityActivity, SetFleetCapacityInput, FleetChange>(RolloutTaskNames.SetFleetCapacity, instanceId, input);

    /// <summary>The <c>SwitchAlias</c> activity.</summary>
    [Function(RolloutTaskNames.SwitchAlias)]
    public Task<string?> SwitchAliasAsync([ActivityTrigger] SwitchAliasInput input, string instanceId) =>
        RunAsync<SwitchAliasActivity, SwitchAliasInput, string?>(RolloutTaskNames.SwitchAlias, instanceId, input);

    /// <summary>The <c>ProbeSession</c> activity.</summary>
    [Function(RolloutTaskNames.ProbeSession)]
    public Task<ProbeSessionResult> ProbeSessionAsync([ActivityTrigger] ProbeSessionInput input, string instanceId) =>
        RunAsync<ProbeSessionActivity, ProbeSessionInput, ProbeSessionResult>(RolloutTaskNames.ProbeSession, instanceId, input);

    /// <summary>The <c>EndSessions</c> activity.</summary>
    [Function(RolloutTaskNames.EndSessions)]
    public Task<int> EndSessionsAsync([ActivityTrigger] EndSessionsInput input, string instanceId) =>
        RunAsync<EndSessionsActivity, EndSessionsInput, int>(RolloutTaskNames.EndSessions, instanceId, input);

    /// <summary>The <c>DeleteFleet</c> activity.</summary>
    [Function(RolloutTaskNames.DeleteFleet)]
    public Task<FleetChange> DeleteFleetAsync([ActivityTrigger] DeleteFleetInput input, string instanceId) =>
        RunAsync<DeleteFleetActivity, DeleteFleetInput, FleetChange>(RolloutTaskNames.DeleteFleet, instanceId, input);

    /// <summary>The <c>ReleaseAliasLock</c> activity.</summary>
    [Function(RolloutTaskNames.ReleaseAliasLock)]
    public Task<bool> ReleaseAliasLockAsync([ActivityTrigger] ReleaseAliasLockInput input, string instanceId) =>
        RunAsync<ReleaseAliasLockActivity, ReleaseAliasLockInput, bool>(RolloutTaskNames.ReleaseAliasLock, instanceId, input);

    /// <summary>Starts a schedule occurrence's rollout with the Durable client the binding hands this invocation (the Functions host has none in DI).</summary>
    [Function(RolloutTaskNames.StartScheduledRollout)]
    public Task<ScheduledRolloutStart> StartScheduledRolloutAsync(
        [ActivityTrigger] StartScheduledRolloutInput input, string instanceId, [DurableClient] DurableTaskClient client) =>
        RunAsync<StartScheduledRolloutActivity, StartScheduledRolloutInput, ScheduledRolloutStart>(RolloutTaskNames.StartScheduledRollout, instanceId, input, client);

    private async Task<TOutput> RunAsync<TActivity, TInput, TOutput>(string name, string instanceId, TInput input, params object[] arguments)
        where TActivity : TaskActivity<TInput, TOutput>
    {
        var activity = ActivatorUtilities.CreateInstance<TActivity>(services, arguments);

        // The same log scope (rollout id, alias, fleet) the self-host's registry gives every rollout activity.
        using var scope = RolloutLogScope.Begin(services.GetRequiredService<ILoggerFactory>().CreateLogger(name), instanceId, input);
        return await activity.RunAsync(new FunctionsActivityContext(name, instanceId), input);
    }
}
