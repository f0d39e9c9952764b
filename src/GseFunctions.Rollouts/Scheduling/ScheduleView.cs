using GseFunctions.Rollouts.Contracts;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Rollouts.Scheduling;

/// <summary>A schedule as stored, with what its orchestration last reported.</summary>
/// <param name="Definition">The stored definition.</param>
/// <param name="Status">The orchestration's custom status; null before its first step, or when the orchestration is gone.</param>
/// <param name="RuntimeStatus">The orchestration's runtime status; null when there is no orchestration.</param>
public sealed record ScheduleView(ScheduleDefinition Definition, ScheduleStatus? Status, OrchestrationRuntimeStatus? RuntimeStatus);
