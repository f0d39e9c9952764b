using GseFunctions.Api.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Rollouts;

/// <summary>
/// Lists rollouts with the Durable query. The task hub can only filter by status and creation time, so rollouts are
/// picked out of its pages afterwards: by orchestrator name (schedule instances are skipped) and by the alias in their
/// input. A page can therefore hold fewer than <c>top</c> rollouts — even none — while a continuation token says more
/// may follow; the token always points just past the last instance read, so nothing is skipped or listed twice.
/// </summary>
internal static class RolloutListing
{
    // Each read asks for exactly the room left on the page (never more, so the token stays exact); a few reads fill
    // most pages without letting one request scan an unbounded task hub.
    private const int MaxReadsPerPage = 4;

    public static async Task<RolloutList> ListAsync(DurableTaskClient client, RolloutListQuery query, CancellationToken cancellationToken)
    {
        var items = new List<RolloutListItem>();
        var token = query.ContinuationToken;
        for (var read = 0; read < MaxReadsPerPage && items.Count < query.Top; read++)
        {
            var room = query.Top - items.Count;
            var page = await ReadPageAsync(client, query, token, room, cancellationToken).ConfigureAwait(false);
            foreach (var instance in page.Values)
            {
                if (!RolloutInstances.IsRollout(instance))
                {
                    continue;
                }

                var state = RolloutInstances.State(instance);
                if (query.AliasId is not null && !string.Equals(state?.Request.AliasId, query.AliasId, StringComparison.Ordinal))
                {
                    continue;
                }

                items.Add(RolloutInstances.ToListItem(instance, state));
            }

            token = string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken;
            if (token is null)
            {
                break;
            }
        }

        return new RolloutList(items, PageToken.Wrap(PageToken.Rollouts, token));
    }

    private static async Task<Page<OrchestrationMetadata>> ReadPageAsync(DurableTaskClient client, RolloutListQuery query, string? token, int size, CancellationToken cancellationToken)
    {
        var filter = new OrchestrationQuery
        {
            CreatedFrom = query.CreatedFrom,
            CreatedTo = query.CreatedTo,
            Statuses = query.Statuses,
            PageSize = size,
            ContinuationToken = token,
            FetchInputsAndOutputs = true,
        };
        var pages = client.GetAllInstancesAsync(filter).AsPages(token, size).WithCancellation(cancellationToken).ConfigureAwait(false);
        await foreach (var page in pages)
        {
            return page;
        }

        return new Page<OrchestrationMetadata>([], null);
    }
}
