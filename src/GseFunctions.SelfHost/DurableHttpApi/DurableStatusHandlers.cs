using GseFunctions.Api.Json;
using GseFunctions.Rollouts.Starting;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.DurableTask.Client;

namespace GseFunctions.SelfHost.DurableHttpApi;

/// <summary>
/// The Durable Functions HTTP API's reads (<c>/runtime/webhooks/durabletask/instances</c>), answered as the Durable
/// extension answers them, so release tooling that polls Durable Functions works unchanged.
/// </summary>
internal static class DurableStatusHandlers
{
    /// <summary>The list's page size when <c>top</c> is not given (the Durable extension's).</summary>
    public const int DefaultTop = 100;

    /// <summary>The largest <c>top</c> accepted (one Azure Storage query page).</summary>
    public const int MaxTop = 1000;

    /// <summary>The paging header, in both directions.</summary>
    public const string ContinuationTokenHeader = "x-ms-continuation-token";

    private const int MaxTokenLength = 4096;

    /// <summary>
    /// <c>GET instances/{instanceId}</c> (query <c>showHistory</c>, <c>showHistoryOutput</c>, <c>showInput</c>,
    /// <c>returnInternalServerErrorOnFailure</c>): 202 with <c>Location</c> (this request's path and query on the host's
    /// public base URL, never on the request's <c>Host</c> header) and <c>Retry-After: 5</c>
    /// while the instance is Running, Pending, ContinuedAsNew or Suspended; 200 once it has ended (500 for Failed when
    /// asked); 404 when unknown. The body is an <see cref="InstanceStatusPayload"/>.
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="request">The HTTP request.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="history">Where the history is read (<c>showHistory=true</c>).</param>
    /// <param name="publicBaseUrl">The host's public base URL (scheme, host, port; no trailing slash).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The result.</returns>
    public static async Task<IResult> GetStatusAsync(string instanceId, HttpRequest request, DurableTaskClient client, IOrchestrationHistorySource history, string publicBaseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(history);
        DurableQuery.InstanceId(instanceId);
        var errors = new FieldErrors();
        var showHistory = DurableQuery.Bool(request, "showHistory", errors) ?? false;
        var showHistoryOutput = DurableQuery.Bool(request, "showHistoryOutput", errors) ?? false;
        var showInput = DurableQuery.Bool(request, "showInput", errors) ?? true;
        var internalServerErrorOnFailure = DurableQuery.Bool(request, "returnInternalServerErrorOnFailure", errors) ?? false;
        ApiValidation.ThrowIfAny(errors);

        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken)
            ?? throw DurableProblems.UnknownInstance(instanceId);
        var events = showHistory && instance.RuntimeStatus != OrchestrationRuntimeStatus.Pending
            ? HistoryEventsFormatter.Format(await history.GetHistoryJsonAsync(instanceId, cancellationToken), showHistoryOutput, showInput)
            : null;
        var payload = InstanceStatusMapping.From(instance, showInput, events);
#pragma warning disable CS0618 // ContinuedAsNew is obsolete in the client, but the Durable extension still answers 202 for it
        return instance.RuntimeStatus switch
        {
            OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.ContinuedAsNew or OrchestrationRuntimeStatus.Suspended =>
                DurableResults.Accepted(publicBaseUrl + UriHelper.BuildRelative(request.PathBase, request.Path, request.QueryString), payload, DurableResults.StatusRetryAfterSeconds),
            OrchestrationRuntimeStatus.Failed when internalServerErrorOnFailure => ApiResults.Json(StatusCodes.Status500InternalServerError, payload),
            _ => ApiResults.Ok(payload),
        };
#pragma warning restore CS0618
    }

    /// <summary>
    /// <c>GET instances</c> (query <c>createdTimeFrom</c>, <c>createdTimeTo</c>, <c>runtimeStatus</c> comma-separated,
    /// <c>instanceIdPrefix</c>, <c>showInput</c>, <c>top</c> 1-1000 default 100; header <c>x-ms-continuation-token</c>):
    /// 200 with an array of <see cref="InstanceStatusPayload"/> (no history) and the next page's token in
    /// <c>x-ms-continuation-token</c> (empty on the last page).
    /// </summary>
    /// <param name="request">The HTTP request.</param>
    /// <param name="client">The Durable client.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The result.</returns>
    public static async Task<IResult> ListAsync(HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var errors = new FieldErrors();
        var from = ApiQuery.Time(request, "createdTimeFrom", errors);
        var to = ApiQuery.Time(request, "createdTimeTo", errors);
        var statuses = DurableQuery.RuntimeStatuses(request, "runtimeStatus", errors);
        var prefix = ApiQuery.String(request, "instanceIdPrefix", errors, DurableQuery.MaxNameLength);
        var showInput = DurableQuery.Bool(request, "showInput", errors) ?? true;
        var top = ApiQuery.Int(request, "top", 1, MaxTop, errors) ?? DefaultTop;
        var token = ContinuationToken(request, errors);
        if (from > to)
        {
            errors.Add("createdTimeTo", "Must not be before createdTimeFrom.");
        }

        ApiValidation.ThrowIfAny(errors);

        // Inputs and outputs are always read: the Durable extension leaves out only the input with showInput=false,
        // while the client's flag would drop the output and custom status too.
        var query = new OrchestrationQuery(from, to, statuses, InstanceIdPrefix: prefix, PageSize: top, FetchInputsAndOutputs: true, ContinuationToken: token);
        var items = new List<InstanceStatusPayload>();
        string? next = null;
        await foreach (var page in client.GetAllInstancesAsync(query).AsPages(token, top).WithCancellation(cancellationToken))
        {
            items.AddRange(page.Values.Select(instance => InstanceStatusMapping.From(instance, showInput, history: null)));
            next = PageToken.Wrap(PageToken.Durable, page.ContinuationToken);
            break;
        }

        return DurableResults.WithHeader(ContinuationTokenHeader, next ?? string.Empty, ApiResults.Ok(items));
    }

    // The backend's token is opaque but not header-safe (Azure Tables' ends in a space when the row key is empty, and
    // HTTP trims it), so the header carries it base64url-encoded.
    private static string? ContinuationToken(HttpRequest request, FieldErrors errors)
    {
        var values = request.Headers[ContinuationTokenHeader];
        if (values.Count > 1)
        {
            errors.Add(ContinuationTokenHeader, "Give this header once.");
            return null;
        }

        var text = values.Count == 1 ? values[0]?.Trim() : null;
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length <= MaxTokenLength && PageToken.TryDecode(PageToken.Durable, text, out var storeToken))
        {
            return storeToken;
        }

        errors.Add(ContinuationTokenHeader, "Not a continuation token of this API; send back the value of the previous page's header.");
        return null;
    }
}
