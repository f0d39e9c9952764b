using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace GseFunctions.Rollouts.Storage;

/// <summary>The workflow's tables, created on first use.</summary>
internal sealed class RolloutTables(IOptions<RolloutStorageOptions> options) : IDisposable
{
    private readonly Lazy<TableServiceClient> _service = new(() => options.Value.Connection.CreateTableServiceClient());
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, TableClient> _ready = new(StringComparer.Ordinal);

    public void Dispose() => _gate.Dispose();

    public Task<TableClient> AliasLocksAsync(CancellationToken cancellationToken) => GetAsync("AliasLocks", cancellationToken);

    public Task<TableClient> SchedulesAsync(CancellationToken cancellationToken) => GetAsync("Schedules", cancellationToken);

    private async Task<TableClient> GetAsync(string name, CancellationToken cancellationToken)
    {
        var full = options.Value.TablePrefix + name;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_ready.TryGetValue(full, out var table))
            {
                table = _service.Value.GetTableClient(full);
                await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
                _ready[full] = table;
            }

            return table;
        }
        finally
        {
            _gate.Release();
        }
    }
}
