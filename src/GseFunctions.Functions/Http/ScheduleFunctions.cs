using GseFunctions.Api.Json;
using GseFunctions.Api.Problems;
using GseFunctions.Api.Routing;
using GseFunctions.Api.Schedules;
using GseFunctions.Rollouts.Scheduling;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Functions.Http;

/// <summary>The schedule functions: bindings only, the work is in <see cref="ScheduleHandlers"/>.</summary>
public sealed class ScheduleFunctions(ScheduleService schedules)
{
    /// <summary><c>POST /api/schedules</c> (admin key).</summary>
    [Function(ApiRouteNames.CreateSchedule)]
    public Task<Results<JsonCreated<ScheduleResource>, JsonOk<ScheduleResource>, ConflictProblem>> CreateAsync(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "schedules")] HttpRequest req,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        ScheduleHandlers.CreateAsync(req, client, schedules, cancellationToken);

    /// <summary><c>GET /api/schedules</c> (admin key).</summary>
    [Function(ApiRouteNames.ListSchedules)]
    public Task<JsonOk<ScheduleList>> ListAsync(
        [HttpTrigger(AuthorizationLevel.Admin, "get", "head", Route = "schedules")] HttpRequest req,
        CancellationToken cancellationToken) =>
        ScheduleHandlers.ListAsync(req, schedules, cancellationToken);

    /// <summary><c>GET /api/schedules/{scheduleId}</c> (admin key).</summary>
    [Function(ApiRouteNames.GetSchedule)]
    public Task<Results<JsonOk<ScheduleResource>, NotFoundProblem>> GetAsync(
        [HttpTrigger(AuthorizationLevel.Admin, "get", "head", Route = "schedules/{scheduleId}")] HttpRequest req,
        string scheduleId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        ScheduleHandlers.GetAsync(scheduleId, client, schedules, cancellationToken);

    /// <summary><c>DELETE /api/schedules/{scheduleId}</c> (admin key).</summary>
    [Function(ApiRouteNames.DeleteSchedule)]
    public Task<Results<NoContent, NotFoundProblem>> DeleteAsync(
        [HttpTrigger(AuthorizationLevel.Admin, "delete", Route = "schedules/{scheduleId}")] HttpRequest req,
        string scheduleId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        ScheduleHandlers.DeleteAsync(scheduleId, client, schedules, cancellationToken);
}
