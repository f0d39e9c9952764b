using GseFunctions.Testing;

namespace GseFunctions.Api.Tests.Sessions;

/// <summary>
/// One Azurite, one stack and the seed's scenario (alias → fleet 1, fleet 2; five processes per instance) shared by
/// a test class: the session tests only add resources of their own, so they need not pay for a stack each.
/// </summary>
public sealed class SeededStackFixture : IAsyncLifetime
{
    public AzuriteServer Azurite { get; private set; } = null!;

    public ApiStack Stack { get; private set; } = null!;

    public RolloutSeed Seed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Azurite = await AzuriteServer.StartAsync();
        Stack = await ApiStack.StartAsync(Azurite.ConnectionString);
        Seed = await RolloutSeed.CreateAsync(Stack.Gse, sessions: 0, processesPerInstance: 5);
    }

    public async Task DisposeAsync()
    {
        await Stack.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}
