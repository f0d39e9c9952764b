using GseFunctions.Api.Routing;
using GseFunctions.Api.Schedules;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Scheduling;
using GseFunctions.SelfHost.OpenApi;
using Microsoft.DurableTask.Client;

namespace GseFunctions.SelfHost.Endpoints;

/// <summary>The schedule routes.</summary>
internal static class ScheduleEndpoints
{
    public static IEndpointRouteBuilder MapScheduleEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiRoute(ApiRoutes.CreateSchedule, (HttpRequest request, DurableTaskClient client, ScheduleService schedules, CancellationToken ct) => ScheduleHandlers.CreateAsync(request, client, schedules, ct))
            .WithTags(ApiTags.Schedules).WithSummary("Create a schedule (one-shot or cron with a time zone)")
            .AcceptsJson<ScheduleRequest>().ProducesBodyProblems();
        endpoints.MapApiRoute(ApiRoutes.ListSchedules, (HttpRequest request, ScheduleService schedules, CancellationToken ct) => ScheduleHandlers.ListAsync(request, schedules, ct))
            .WithTags(ApiTags.Schedules).WithSummary("List schedules (query: top, continuationToken)")
            .ProducesValidationProblem();
        endpoints.MapApiRoute(ApiRoutes.GetSchedule, (string scheduleId, DurableTaskClient client, ScheduleService schedules, CancellationToken ct) => ScheduleHandlers.GetAsync(scheduleId, client, schedules, ct))
            .WithTags(ApiTags.Schedules).WithSummary("Get a schedule")
            .ProducesValidationProblem();
        endpoints.MapApiRoute(ApiRoutes.DeleteSchedule, (string scheduleId, DurableTaskClient client, ScheduleService schedules, CancellationToken ct) => ScheduleHandlers.DeleteAsync(scheduleId, client, schedules, ct))
            .WithTags(ApiTags.Schedules).WithSummary("Delete a schedule (stops its orchestration)")
            .ProducesValidationProblem();
        return endpoints;
    }
}
