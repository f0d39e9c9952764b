using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using Microsoft.DurableTask;

namespace GseFunctions.Rollouts.Activities;

/// <summary>Input of <see cref="EndSessionsActivity"/>: one session, or every live session of a fleet.</summary>
/// <param name="FleetId">The fleet whose live sessions end (when <paramref name="SessionId"/> is null).</param>
/// <param name="SessionId">One session to end.</param>
public sealed record EndSessionsInput(string? FleetId, string? SessionId);

/// <summary>
/// Ends sessions with EndGameServerSessionAndProcess and answers how many it ended. Idempotent: ending an ended session is
/// harmless. Sessions GSE refuses to end (FullProtection) are left to end with their match.
/// </summary>
public sealed class EndSessionsActivity(GseClient gse) : TaskActivity<EndSessionsInput, int>
{
    /// <inheritdoc/>
    public override async Task<int> RunAsync(TaskActivityContext context, EndSessionsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ids = new List<string>();
        if (input.SessionId is not null)
        {
            ids.Add(input.SessionId);
        }
        else if (input.FleetId is not null)
        {
            foreach (var status in new[] { GseSessionStatuses.Active, GseSessionStatuses.Activating })
            {
                string? next = null;
                do
                {
                    var page = await gse.DescribeGameServerSessionsAsync(new DescribeGameServerSessionsRequest
                    {
                        FleetId = input.FleetId, StatusFilter = status, Limit = 100, NextToken = next,
                    }).ConfigureAwait(false);
                    ids.AddRange((page.GameServerSessions ?? []).Select(s => s.GameServerSessionId).OfType<string>());
                    next = string.IsNullOrEmpty(page.NextToken) ? null : page.NextToken;
                }
                while (next is not null);
            }
        }

        var ended = 0;
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            try
            {
                await gse.EndGameServerSessionAndProcessAsync(new EndGameServerSessionAndProcessRequest { GameServerSessionId = id }).ConfigureAwait(false);
                ended++;
            }
            catch (GseException e) when (e.Code == GseErrorCodes.ResourceNotFound)
            {
                // Already gone: the goal is reached.
            }
            catch (GseException e) when (e.Code == GseErrorCodes.OperationDenied)
            {
                // A FullProtection session cannot be ended through the API; it ends with its match.
            }
        }

        return ended;
    }
}
