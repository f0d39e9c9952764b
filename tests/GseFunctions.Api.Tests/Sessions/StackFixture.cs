using GseFunctions.Testing;

namespace GseFunctions.Api.Tests.Sessions;

/// <summary>One Azurite and one stack (no seed) shared by a test class whose tests change nothing: refused requests, key checks.</summary>
public sealed class StackFixture : IAsyncLifetime
{
    public AzuriteServer Azurite { get; private set; } = null!;

    public ApiStack Stack { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Azurite = await AzuriteServer.StartAsync();
        Stack = await ApiStack.StartAsync(Azurite.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await Stack.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}
