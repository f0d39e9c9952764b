using GseFunctions.Api.Json;
using GseFunctions.Rollouts.Starting;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Rollouts;

/// <summary>The query of <c>GET /api/rollouts</c>.</summary>
/// <param name="AliasId">Only rollouts of this alias.</param>
/// <param name="Statuses">Only these runtime statuses; null for all.</param>
/// <param name="CreatedFrom">Only rollouts started at or after this time.</param>
/// <param name="CreatedTo">Only rollouts started at or before this time.</param>
/// <param name="Top">The most rollouts on one page.</param>
/// <param name="ContinuationToken">Where the previous page stopped (the backend's token, unwrapped).</param>
internal sealed record RolloutListQuery(
    string? AliasId,
    IReadOnlyList<OrchestrationRuntimeStatus>? Statuses,
    DateTimeOffset? CreatedFrom,
    DateTimeOffset? CreatedTo,
    int Top,
    string? ContinuationToken)
{
    public const int DefaultTop = 100;

    public const int MaxTop = 500;

    /// <summary>The earliest <c>createdFrom</c>/<c>createdTo</c>: the Unix epoch, before any rollout.</summary>
    public static readonly DateTimeOffset MinTime = DateTimeOffset.UnixEpoch;

    /// <summary>The latest <c>createdFrom</c>/<c>createdTo</c>, a day short of DateTime's maximum.</summary>
    public static readonly DateTimeOffset MaxTime = new(9999, 12, 30, 23, 59, 59, TimeSpan.Zero);

    /// <summary>Reads the query, or throws a 400 naming every bad parameter.</summary>
    public static RolloutListQuery Parse(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var aliasId = ApiQuery.Id(request, "aliasId", errors);
        var statuses = RuntimeStatusFilter.Parse(ApiQuery.String(request, "runtimeStatus", errors), "runtimeStatus", errors);
        var from = Bounded(ApiQuery.Time(request, "createdFrom", errors), "createdFrom", errors);
        var to = Bounded(ApiQuery.Time(request, "createdTo", errors), "createdTo", errors);
        if (from > to)
        {
            errors.Add("createdTo", "Must not be before createdFrom.");
        }

        var top = ApiQuery.Int(request, "top", 1, MaxTop, errors);
        var token = PageToken.Unwrap(PageToken.Rollouts, ApiQuery.String(request, "continuationToken", errors, maxLength: 4096), "continuationToken", errors);
        ApiValidation.ThrowIfAny(errors);
        return new RolloutListQuery(aliasId, statuses, from, to, top ?? DefaultTop, token);
    }

    // The Azure Storage task hub drops a CreatedTimeTo equal to DateTime's default or maximum (and a CreatedTimeFrom of
    // its minimum) from its table filter (DurableTask.AzureStorage, OrchestrationInstanceStatusQueryCondition), so
    // createdTo=0001-01-01T00:00:00Z listed every rollout; and Azure Tables keeps no time before 1601. A bound outside
    // MinTime..MaxTime is refused rather than answered with a list that ignores it.
    private static DateTimeOffset? Bounded(DateTimeOffset? value, string name, FieldErrors errors)
    {
        if (value is { } time && (time < MinTime || time > MaxTime))
        {
            errors.Add(name, "Must be from 1970-01-01T00:00:00Z to 9999-12-30T23:59:59Z.");
            return null;
        }

        return value;
    }
}
