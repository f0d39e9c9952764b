using System.Text.Json;
using GseFunctions.Api.Json;
using GseFunctions.Rollouts.Contracts;

namespace GseFunctions.Api.Schedules;

/// <summary>
/// Whether a create request asks for the schedule already stored under its id. Compared as JSON (the rollout template
/// holds lists, which records compare by reference), after the defaults the service applies: no time zone means UTC,
/// no options means the default options, and a <c>startAt</c> is the same moment whatever its offset.
/// </summary>
internal static class ScheduleRequestComparison
{
    public static bool SameDefinition(ScheduleRequest stored, ScheduleRequest requested) =>
        string.Equals(Canonical(stored), Canonical(requested), StringComparison.Ordinal);

    private static string Canonical(ScheduleRequest request) =>
        JsonSerializer.Serialize(
            request with
            {
                TimeZone = string.IsNullOrWhiteSpace(request.TimeZone) ? "UTC" : request.TimeZone,
                StartAt = request.StartAt?.ToUniversalTime(),
                Rollout = request.Rollout is null ? null! : request.Rollout with { Options = request.Rollout.Options ?? new RolloutOptions() },
            },
            ApiJson.Options);
}
