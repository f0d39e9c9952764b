using GseFunctions.Gse;

namespace GseFunctions.SelfHost;

/// <summary>
/// Builds the GSE client once at start-up, so a broken deployment (a missing dependency, bad client settings) stops
/// the worker at start with a clear error instead of failing every activity that needs GSE later.
/// </summary>
internal sealed class GseClientWarmUp(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        _ = scope.ServiceProvider.GetRequiredService<GseClient>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
