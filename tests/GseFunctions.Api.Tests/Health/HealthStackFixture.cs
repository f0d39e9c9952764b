using GseFunctions.Testing;

namespace GseFunctions.Api.Tests.Health;

/// <summary>
/// One Azurite and one stack for the health route tests, with the readiness cache off: tests that inject a GSE fault
/// must see it at their next request, not a result cached by the test before.
/// </summary>
public sealed class HealthStackFixture : IAsyncLifetime
{
    public AzuriteServer Azurite { get; private set; } = null!;

    public ApiStack Stack { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Azurite = await AzuriteServer.StartAsync();
        Stack = await ApiStack.StartAsync(Azurite.ConnectionString, new Dictionary<string, string?> { ["Health:ReadinessCacheDuration"] = "00:00:00" });
    }

    public async Task DisposeAsync()
    {
        await Stack.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}
