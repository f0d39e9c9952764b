using GseFunctions.Azurite;
using GseFunctions.Testing;

namespace GseFunctions.Bench.Rollouts.Storage;

/// <summary>Azurite behind three counting proxies (blob, queue, table), with a connection string that goes through them.</summary>
internal sealed class CountingStorage : IAsyncDisposable
{
    private readonly AzuriteServer _azurite;
    private readonly CountingProxy[] _proxies;

    private CountingStorage(AzuriteServer azurite, CountingProxy[] proxies, StorageCounters counters)
    {
        _azurite = azurite;
        _proxies = proxies;
        Counters = counters;
    }

    public StorageCounters Counters { get; }

    /// <summary>Azurite's own connection string: requests made with it are not counted.</summary>
    public string DirectConnectionString => _azurite.ConnectionString;

    /// <summary>A connection string whose requests pass the counting proxies.</summary>
    public string CountedConnectionString => AzuriteAccount.ConnectionString(_proxies[0].Port, _proxies[1].Port, _proxies[2].Port);

    /// <param name="hubPrefix">Shown as <c>{hub}</c> in operation names (queue, table and container names start with it).</param>
    public static async Task<CountingStorage> StartAsync(string hubPrefix)
    {
        var azurite = await AzuriteServer.StartAsync();
        var counters = new StorageCounters();
        var proxies = new[]
        {
            await CountingProxy.StartAsync(StorageService.Blob, azurite.BlobPort, hubPrefix, counters),
            await CountingProxy.StartAsync(StorageService.Queue, azurite.QueuePort, hubPrefix, counters),
            await CountingProxy.StartAsync(StorageService.Table, azurite.TablePort, hubPrefix, counters),
        };
        return new CountingStorage(azurite, proxies, counters);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var proxy in _proxies)
        {
            await proxy.DisposeAsync();
        }

        await _azurite.DisposeAsync();
    }
}
