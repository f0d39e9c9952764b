using GseFunctions.Rollouts.Storage;
using Microsoft.Extensions.Options;

namespace GseFunctions.Rollouts.Tests.Storage;

/// <summary>The schedule store contract against Azure Tables (Azurite).</summary>
public sealed class AzuriteScheduleStoreTests(AzuriteFixture azurite) : ScheduleStoreContract, IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly RolloutTables _tables = new(Options.Create(new RolloutStorageOptions
    {
        ConnectionString = azurite.ConnectionString,
        TablePrefix = "T" + Guid.NewGuid().ToString("N")[..12],
    }));

    private protected override IScheduleStore Store => new TableScheduleStore(_tables);

    public void Dispose() => _tables.Dispose();
}
