using GseFunctions.Testing;

namespace GseFunctions.Rollouts.Tests.Resilience;

/// <summary>One Azurite for the <see cref="WorkerProcessCollection"/>; every test gets its own task hub and table prefix on it.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? _server;

    public AzuriteServer Server => _server ?? throw new InvalidOperationException("Azurite is not started.");

    public async Task InitializeAsync() => _server = await AzuriteServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
