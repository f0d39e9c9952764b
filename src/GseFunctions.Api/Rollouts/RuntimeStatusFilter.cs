using GseFunctions.Rollouts.Starting;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Rollouts;

/// <summary>Reads <c>runtimeStatus</c>: Durable runtime statuses, comma-separated, case-insensitive (as the Durable Functions HTTP API takes them).</summary>
internal static class RuntimeStatusFilter
{
    private static readonly Dictionary<string, OrchestrationRuntimeStatus> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(OrchestrationRuntimeStatus.Running)] = OrchestrationRuntimeStatus.Running,
        [nameof(OrchestrationRuntimeStatus.Completed)] = OrchestrationRuntimeStatus.Completed,
#pragma warning disable CS0618 // obsolete in the SDK, but a status Durable Functions tooling still filters by
        [nameof(OrchestrationRuntimeStatus.ContinuedAsNew)] = OrchestrationRuntimeStatus.ContinuedAsNew,
#pragma warning restore CS0618
        [nameof(OrchestrationRuntimeStatus.Failed)] = OrchestrationRuntimeStatus.Failed,
        [nameof(OrchestrationRuntimeStatus.Terminated)] = OrchestrationRuntimeStatus.Terminated,
        [nameof(OrchestrationRuntimeStatus.Pending)] = OrchestrationRuntimeStatus.Pending,
        [nameof(OrchestrationRuntimeStatus.Suspended)] = OrchestrationRuntimeStatus.Suspended,
    };

    private static readonly string Known = string.Join(", ", Names.Keys);

    /// <summary>The statuses, or null when <paramref name="text"/> is null (no filter); an unknown name is a field error.</summary>
    public static IReadOnlyList<OrchestrationRuntimeStatus>? Parse(string? text, string field, FieldErrors errors)
    {
        if (text is null)
        {
            return null;
        }

        var statuses = new List<OrchestrationRuntimeStatus>();
        foreach (var name in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!Names.TryGetValue(name, out var status))
            {
                // The input is not echoed: the message names what is accepted.
                errors.Add(field, $"Each status must be one of {Known} (comma-separated).");
                return null;
            }

            if (!statuses.Contains(status))
            {
                statuses.Add(status);
            }
        }

        return statuses;
    }
}
