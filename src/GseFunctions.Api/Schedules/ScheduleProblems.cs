using GseFunctions.Api.Problems;
using Microsoft.AspNetCore.Http;

namespace GseFunctions.Api.Schedules;

/// <summary>The schedule routes' refusals: planned outcomes, returned by the handlers as values.</summary>
internal static class ScheduleProblems
{
    /// <summary>409: the schedule's workflow instance id is held by an instance that is not its workflow.</summary>
    public static ConflictProblem IdTaken(string scheduleId, string instanceId) =>
        new(new ApiProblem(
            StatusCodes.Status409Conflict,
            "Conflict",
            $"The workflow instance id of schedule '{scheduleId}' ('{instanceId}') is held by an instance that is not this schedule's workflow; nothing was stored. Choose another schedule id.",
            ApiProblemTypes.Conflict));

    /// <summary>409: the schedule exists with a different definition.</summary>
    public static ConflictProblem DifferentDefinition(string scheduleId) =>
        new(new ApiProblem(
            StatusCodes.Status409Conflict,
            "Conflict",
            $"Schedule '{scheduleId}' exists with a different definition; nothing was changed. Delete it first to replace it.",
            ApiProblemTypes.Conflict));

    /// <summary>404: there is no such schedule.</summary>
    public static NotFoundProblem NotFound(string scheduleId) =>
        new(ApiProblem.NotFound($"Schedule '{scheduleId}' does not exist."));
}
