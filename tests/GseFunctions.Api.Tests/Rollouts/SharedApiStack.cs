using GseFunctions.Testing;

namespace GseFunctions.Api.Tests.Rollouts;

/// <summary>
/// One Azurite, stack and seed for a class of refusal tests: each case checks that it changed nothing, so the cases
/// can share a stack (xUnit runs a class's cases one after another) instead of paying a stack start each.
/// </summary>
public sealed class SharedApiStack : IAsyncLifetime
{
    private AzuriteServer _azurite = null!;

    public ApiStack Stack { get; private set; } = null!;

    public RolloutSeed Seed { get; private set; } = null!;

    public string ConnectionString => _azurite.ConnectionString;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        Stack = await ApiStack.StartAsync(_azurite.ConnectionString);
        Seed = await RolloutSeed.CreateAsync(Stack.Gse, protection: "NoProtection", sessions: 0);
    }

    public async Task DisposeAsync()
    {
        await Stack.DisposeAsync();
        await _azurite.DisposeAsync();
    }
}
