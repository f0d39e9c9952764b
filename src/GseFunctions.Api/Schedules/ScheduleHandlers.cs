using GseFunctions.Rollouts.Scheduling;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Schedules;

/// <summary>Rollout schedules: create (one-shot or cron), list, get, delete.</summary>
public static class ScheduleHandlers
{
    /// <summary><c>POST /api/schedules</c>.</summary>
    /// <param name="request">The HTTP request.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="schedules">The schedule service.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static Task<IResult> CreateAsync(HttpRequest request, DurableTaskClient client, ScheduleService schedules, CancellationToken cancellationToken) =>
        throw new NotImplementedException("IN PROGRESS");

    /// <summary><c>GET /api/schedules</c>.</summary>
    /// <param name="request">The HTTP request.</param>
    /// <param name="schedules">The schedule service.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static Task<IResult> ListAsync(HttpRequest request, ScheduleService schedules, CancellationToken cancellationToken) =>
        throw new NotImplementedException("IN PROGRESS");

    /// <summary><c>GET /api/schedules/{scheduleId}</c>.</summary>
    /// <param name="scheduleId">The schedule.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="schedules">The schedule service.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static Task<IResult> GetAsync(string scheduleId, DurableTaskClient client, ScheduleService schedules, CancellationToken cancellationToken) =>
        throw new NotImplementedException("IN PROGRESS");

    /// <summary><c>DELETE /api/schedules/{scheduleId}</c>.</summary>
    /// <param name="scheduleId">The schedule.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="schedules">The schedule service.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static Task<IResult> DeleteAsync(string scheduleId, DurableTaskClient client, ScheduleService schedules, CancellationToken cancellationToken) =>
        throw new NotImplementedException("IN PROGRESS");
}
