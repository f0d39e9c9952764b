using GseFunctions.Api.Json;
using GseFunctions.Api.Problems;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Scheduling;
using GseFunctions.Rollouts.Starting;
using GseFunctions.Rollouts.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Schedules;

/// <summary>Rollout schedules: create (one-shot or cron), list, get, delete.</summary>
public static class ScheduleHandlers
{
    /// <summary>The default page size of <c>GET /api/schedules</c>.</summary>
    public const int DefaultTop = 100;

    /// <summary>The largest page size of <c>GET /api/schedules</c>.</summary>
    public const int MaxTop = 1000;

    /// <summary>
    /// <c>POST /api/schedules</c> (body: <see cref="ScheduleRequest"/>, read strictly): 201 with <c>Location</c> and the
    /// schedule; 200 with the stored schedule when the id exists with the same definition; 409 when it exists with a
    /// different one (nothing changes: delete it first), or when the schedule's workflow instance id is held by another
    /// kind of instance (nothing is stored); 400 for an invalid request (a cron faster than <c>Schedules:MinimumInterval</c>
    /// included), storing nothing.
    /// </summary>
    /// <param name="request">The HTTP request.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="schedules">The schedule service.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static async Task<Results<JsonCreated<ScheduleResource>, JsonOk<ScheduleResource>, ConflictProblem>> CreateAsync(HttpRequest request, DurableTaskClient client, ScheduleService schedules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(schedules);
        var body = await ApiJson.ReadBodyAsync<ScheduleRequest>(request, cancellationToken).ConfigureAwait(false);
        var created = await schedules.CreateAsync(client, body, cancellationToken).ConfigureAwait(false);
        var schedule = ScheduleResource.From(created.Definition);
        if (created.Disposition == ScheduleCreateDisposition.Created)
        {
            return new JsonCreated<ScheduleResource>(Location(schedule.ScheduleId), schedule);
        }

        if (created.Disposition == ScheduleCreateDisposition.IdTaken)
        {
            return ScheduleProblems.IdTaken(schedule.ScheduleId, created.InstanceId);
        }

        return ScheduleRequestComparison.SameDefinition(created.Definition.Request, body)
            ? new JsonOk<ScheduleResource>(schedule)
            : ScheduleProblems.DifferentDefinition(schedule.ScheduleId);
    }

    /// <summary><c>GET /api/schedules</c>: 200 <see cref="ScheduleList"/>, ordered by id. Query: <c>top</c> (1–1000, default 100), <c>continuationToken</c>.</summary>
    /// <param name="request">The HTTP request.</param>
    /// <param name="schedules">The schedule service.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static async Task<JsonOk<ScheduleList>> ListAsync(HttpRequest request, ScheduleService schedules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(schedules);
        var errors = new FieldErrors();
        var top = ApiQuery.Int(request, "top", 1, MaxTop, errors) ?? DefaultTop;
        var token = PageToken.Unwrap(PageToken.Schedules, ApiQuery.String(request, "continuationToken", errors, maxLength: 4096), "continuationToken", errors);
        ApiValidation.ThrowIfAny(errors);

        var page = await schedules.ListAsync(top, token, cancellationToken).ConfigureAwait(false);
        return new JsonOk<ScheduleList>(new ScheduleList(page.Items.Select(d => ScheduleResource.From(d)).ToList(), PageToken.Wrap(PageToken.Schedules, page.ContinuationToken)));
    }

    /// <summary><c>GET /api/schedules/{scheduleId}</c>: 200 with the schedule and its orchestration's status; 404 when there is no such schedule.</summary>
    /// <param name="scheduleId">The schedule.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="schedules">The schedule service.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static async Task<Results<JsonOk<ScheduleResource>, NotFoundProblem>> GetAsync(string scheduleId, DurableTaskClient client, ScheduleService schedules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(schedules);
        ApiValidation.RouteId(scheduleId, "scheduleId");
        var view = await schedules.GetAsync(client, scheduleId, cancellationToken).ConfigureAwait(false);
        return view is null
            ? ScheduleProblems.NotFound(scheduleId)
            : new JsonOk<ScheduleResource>(ScheduleResource.From(view));
    }

    /// <summary>
    /// <c>DELETE /api/schedules/{scheduleId}</c>: 204 when the schedule was removed (its orchestration is terminated;
    /// rollouts it started are not touched); 404 when there is no such schedule.
    /// </summary>
    /// <param name="scheduleId">The schedule.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="schedules">The schedule service.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static async Task<Results<NoContent, NotFoundProblem>> DeleteAsync(string scheduleId, DurableTaskClient client, ScheduleService schedules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(schedules);
        ApiValidation.RouteId(scheduleId, "scheduleId");
        bool removed;
        try
        {
            removed = await schedules.DeleteAsync(client, scheduleId, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageConcurrencyException)
        {
            // A race with another writer, not a planned answer: thrown, and written by the edge.
            throw new ApiProblemException(StatusCodes.Status409Conflict, "Conflict", $"Schedule '{scheduleId}' changed while it was being deleted; try again.", ApiProblemTypes.Conflict);
        }

        return removed
            ? TypedResults.NoContent()
            : ScheduleProblems.NotFound(scheduleId);
    }

    private static string Location(string scheduleId) => $"/api/schedules/{Uri.EscapeDataString(scheduleId)}";
}
