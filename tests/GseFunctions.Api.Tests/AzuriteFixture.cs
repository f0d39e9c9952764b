using GseFunctions.Testing;

namespace GseFunctions.Api.Tests;

/// <summary>One Azurite (blob, queue, table) per test class that asks for it; classes run in parallel on their own ports.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public AzuriteServer Server { get; private set; } = null!;

    public string ConnectionString => Server.ConnectionString;

    public async Task InitializeAsync() => Server = await AzuriteServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
