using GseFunctions.Testing;

namespace GseFunctions.Api.Tests.Durable;

/// <summary>
/// One Azurite and one self-host for all tests of a class: the Durable API tests each work on instances of their own,
/// so they share a stack instead of paying its start per test.
/// </summary>
public sealed class DurableApiFixture : IAsyncLifetime
{
    private AzuriteServer? _azurite;

    public ApiStack Stack { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        Stack = await ApiStack.StartAsync(_azurite.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (Stack is not null)
        {
            await Stack.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
