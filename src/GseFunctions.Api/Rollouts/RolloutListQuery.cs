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

    /// <summary>Reads the query, or throws a 400 naming every bad parameter.</summary>
    public static RolloutListQuery Parse(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var aliasId = ApiQuery.String(request, "aliasId", errors, maxLength: 128);
        var statuses = RuntimeStatusFilter.Parse(ApiQuery.String(request, "runtimeStatus", errors), "runtimeStatus", errors);
        var from = ApiQuery.Time(request, "createdFrom", errors);
        var to = ApiQuery.Time(request, "createdTo", errors);
        if (from > to)
        {
            errors.Add("createdTo", "Must not be before createdFrom.");
        }

        var top = ApiQuery.Int(request, "top", 1, MaxTop, errors);
        var token = PageToken.Unwrap(PageToken.Rollouts, ApiQuery.String(request, "continuationToken", errors, maxLength: 4096), "continuationToken", errors);
        ApiValidation.ThrowIfAny(errors);
        return new RolloutListQuery(aliasId, statuses, from, to, top ?? DefaultTop, token);
    }
}
