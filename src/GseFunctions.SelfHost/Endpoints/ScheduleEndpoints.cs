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
            .AcceptsJson<ScheduleRequest>().Produces<ScheduleResource>(StatusCodes.Status201Created).Produces<ScheduleResource>(StatusCodes.Status200OK)
            .ProducesBodyProblems().ProducesProblem(StatusCodes.Status409Conflict);
        endpoints.MapApiRoute(ApiRoutes.ListSchedules, (HttpRequest request, ScheduleService schedules, CancellationToken ct) => ScheduleHandlers.ListAsync(request, schedules, ct))
            .WithTags(ApiTags.Schedules).WithSummary("List schedules (query: top, continuationToken)")
            .Produces<ScheduleList>(StatusCodes.Status200OK).ProducesValidationProblem();
        endpoints.MapApiRoute(ApiRoutes.GetSchedule, (string scheduleId, DurableTaskClient client, ScheduleService schedules, CancellationToken ct) => ScheduleHandlers.GetAsync(scheduleId, client, schedules, ct))
            .WithTags(ApiTags.Schedules).WithSummary("Get a schedule")
            .Produces<ScheduleResource>(StatusCodes.Status200OK).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        endpoints.MapApiRoute(ApiRoutes.DeleteSchedule, (string scheduleId, DurableTaskClient client, ScheduleService schedules, CancellationToken ct) => ScheduleHandlers.DeleteAsync(scheduleId, client, schedules, ct))
            .WithTags(ApiTags.Schedules).WithSummary("Delete a schedule (stops its orchestration)")
            .Produces(StatusCodes.Status204NoContent).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }
}
