using System.Reflection;
using GseFunctions.Rollouts.Hosting;
using Microsoft.DurableTask;

namespace GseFunctions.Functions.Tests.Metadata;

/// <summary>The orchestrators and activities <see cref="RolloutTasks.Register"/> puts in a Durable Task registry (what the self-host runs).</summary>
internal static class RegisteredTasks
{
    public static IReadOnlyDictionary<string, Func<IServiceProvider, ITaskOrchestrator>> OrchestratorFactories { get; } = Entries<ITaskOrchestrator>("Orchestrators");

    public static IReadOnlyDictionary<string, Func<IServiceProvider, ITaskActivity>> ActivityFactories { get; } = Entries<ITaskActivity>("Activities");

    public static IReadOnlyList<string> Orchestrators => [.. OrchestratorFactories.Keys];

    public static IReadOnlyList<string> Activities => [.. ActivityFactories.Keys];

    private static Dictionary<string, Func<IServiceProvider, T>> Entries<T>(string property)
    {
        var registry = new DurableTaskRegistry();
        RolloutTasks.Register(registry);

        // The registry keeps its entries internal; reading them beats repeating the list here.
        var entries = typeof(DurableTaskRegistry).GetProperty(property, BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)?.GetValue(registry)
            as IEnumerable<KeyValuePair<TaskName, Func<IServiceProvider, T>>>;
        Assert.True(entries is not null, $"DurableTaskRegistry has no {property} property of the expected type any more: update {nameof(RegisteredTasks)}.");
        var result = entries.ToDictionary(e => e.Key.Name, e => e.Value, StringComparer.Ordinal);
        Assert.NotEmpty(result);
        return result;
    }
}
