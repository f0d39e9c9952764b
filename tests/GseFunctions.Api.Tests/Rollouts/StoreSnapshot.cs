using Azure.Data.Tables;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Api.Tests.Rollouts;

/// <summary>
/// What a refused request must leave as it was: the task hub's instances, the alias-lock and schedule rows, and the
/// local GSE's mutating calls (every action but reads).
/// </summary>
internal sealed record StoreSnapshot(IReadOnlyList<string> Instances, int AliasLocks, int Schedules, IReadOnlyDictionary<string, long> MutatingCalls)
{
    private static readonly string[] ReadPrefixes = ["Describe", "List", "Get", "Resolve", "Search"];

    public static async Task<StoreSnapshot> TakeAsync(ApiStack stack, string storageConnectionString)
    {
        var instances = new List<string>();
        await foreach (var instance in stack.Durable.GetAllInstancesAsync(new OrchestrationQuery { FetchInputsAndOutputs = false }))
        {
            instances.Add(instance.InstanceId);
        }

        var tables = new TableServiceClient(storageConnectionString);
        var calls = await stack.Admin.CallsAsync();
        return new StoreSnapshot(
            instances.Order(StringComparer.Ordinal).ToList(),
            await CountAsync(tables, stack.Hub + "AliasLocks"),
            await CountAsync(tables, stack.Hub + "Schedules"),
            calls.Where(c => !ReadPrefixes.Any(p => c.Key.StartsWith(p, StringComparison.Ordinal)))
                .ToDictionary(c => c.Key, c => c.Value.Succeeded + c.Value.Failed, StringComparer.Ordinal));
    }

    /// <summary>Checks nothing changed since <paramref name="before"/>.</summary>
    public static async Task AssertUnchangedAsync(StoreSnapshot before, ApiStack stack, string storageConnectionString)
    {
        var after = await TakeAsync(stack, storageConnectionString);
        Assert.Equal(before.Instances, after.Instances);
        Assert.Equal(before.AliasLocks, after.AliasLocks);
        Assert.Equal(before.Schedules, after.Schedules);
        Assert.Equal(before.MutatingCalls.OrderBy(c => c.Key, StringComparer.Ordinal), after.MutatingCalls.OrderBy(c => c.Key, StringComparer.Ordinal));
    }

    private static async Task<int> CountAsync(TableServiceClient tables, string name)
    {
        var table = tables.GetTableClient(name);
        await table.CreateIfNotExistsAsync();
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(select: ["RowKey"]))
        {
            count++;
        }

        return count;
    }
}
