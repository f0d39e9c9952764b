using System.Text.Json;
using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Hosting;
using GseFunctions.Rollouts.Orchestration;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Rollouts;

/// <summary>
/// Builds a rollout's timeline from what the orchestration keeps: the phases from its custom status (every phase entered,
/// carried across ContinueAsNew in its state), the earlier generations' observations from the current generation's input
/// (<see cref="RolloutState.Observations"/>), and the current generation's from its history (each completed
/// <see cref="RolloutTaskNames.ObserveFleet"/>). Input and history come from the same execution, so a generation that
/// continues as new between two reads cannot show an observation twice or lose one.
/// </summary>
internal static class RolloutTimelineBuilder
{
    public const string OldRole = "old";
    public const string NewRole = "new";
    public const string OtherRole = "other";

    public static RolloutTimeline Build(OrchestrationMetadata instance, RolloutExecutionHistory? execution, bool historyUnavailable)
    {
        var state = (execution?.Input is { } input ? ReadState(input) : null) ?? RolloutInstances.State(instance);
        var status = RolloutInstances.Status(instance);
        var oldFleet = status?.OldFleetId ?? state?.OldFleetId;
        var newFleet = status?.NewFleetId ?? state?.NewFleetId;

        var observations = new List<RolloutObservation>(state?.Observations ?? []);
        foreach (var task in execution?.CompletedTasks ?? [])
        {
            if (task.Name == RolloutTaskNames.ObserveFleet && ReadObservation(task.Result) is { } fleet)
            {
                observations.Add(new RolloutObservation(task.CompletedAt, fleet.FleetId, fleet.Exists ? fleet.Status : RolloutObservation.Deleted, fleet.Instances, fleet.Sessions, fleet.AvailableSessions));
            }
        }

        var ordered = observations.OrderBy(o => o.At).ToList();
        var kept = ObservationThinning.Thin(ordered, ObservationThinning.MaxObservations, out var thinned);
        return new RolloutTimeline(
            instance.InstanceId,
            state?.Request.AliasId is { Length: > 0 } aliasId ? aliasId : status?.AliasId,
            oldFleet,
            newFleet,
            instance.RuntimeStatus,
            Phases(status, state),
            (status?.SwitchedAt ?? state?.SwitchedAt) is { } switched ? UtcTime.Of(switched) : null,
            kept.Select(o => new RolloutTimelineObservation(UtcTime.Of(o.At), o.FleetId, Role(o.FleetId, oldFleet, newFleet), o.Status, o.Instances, o.LiveSessions, o.AvailableSessions)).ToList(),
            thinned || historyUnavailable || state?.ObservationsThinned == true);
    }

    // The custom status has every phase (it is published at each one); a rollout started before the list was kept has
    // only its current phase to show.
    private static List<RolloutPhaseStart> Phases(RolloutStatus? status, RolloutState? state)
    {
        IReadOnlyList<RolloutPhaseStart> phases = status?.Phases is { Count: > 0 } published ? published
            : state?.Phases is { Count: > 0 } carried ? carried
            : status is not null ? [new RolloutPhaseStart(status.Phase, status.PhaseStartedAt)]
            : [];
        return phases.Select(p => p with { StartedAt = UtcTime.Of(p.StartedAt) }).ToList();
    }

    private static string Role(string fleetId, string? oldFleet, string? newFleet) =>
        fleetId == oldFleet ? OldRole : fleetId == newFleet ? NewRole : OtherRole;

    private static RolloutState? ReadState(string input)
    {
        try
        {
            return JsonSerializer.Deserialize<RolloutState>(input, DurablePayloadJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static FleetObservation? ReadObservation(string? result)
    {
        if (string.IsNullOrEmpty(result))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<FleetObservation>(result, DurablePayloadJson.Options) is { FleetId: { Length: > 0 } } fleet ? fleet : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
