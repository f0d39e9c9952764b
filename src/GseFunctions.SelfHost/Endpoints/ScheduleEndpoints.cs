using GseFunctions.Api.Routing;
using GseFunctions.Api.Schedules;
using GseFunctions.Rollouts.Scheduling;
using Microsoft.DurableTask.Client;

namespace GseFunctions.SelfHost.Endpoints;

/// <summary>The schedule routes.</summary>
internal static class ScheduleEndpoints
{
    public static IEndpointRouteBuilder MapScheduleEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiRoute(ApiRoutes.CreateSchedule, (HttpRequest request, DurableTaskClient client, ScheduleService schedules, CancellationToken ct) => ScheduleHandlers.CreateAsync(request, client, schedules, ct));
        endpoints.MapApiRoute(ApiRoutes.ListSchedules, (HttpRequest request, ScheduleService schedules, CancellationToken ct) => ScheduleHandlers.ListAsync(request, schedules, ct));
        endpoints.MapApiRoute(ApiRoutes.GetSchedule, (string scheduleId, DurableTaskClient client, ScheduleService schedules, CancellationToken ct) => ScheduleHandlers.GetAsync(scheduleId, client, schedules, ct));
        endpoints.MapApiRoute(ApiRoutes.DeleteSchedule, (string scheduleId, DurableTaskClient client, ScheduleService schedules, CancellationToken ct) => ScheduleHandlers.DeleteAsync(scheduleId, client, schedules, ct));
        return endpoints;
    }
}
