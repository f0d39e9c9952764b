using GseFunctions.Api.Routing;
using GseFunctions.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GseFunctions.Api.Tests.Auth;

/// <summary>Keys never reach the logs, whether refused or accepted, in the header or the query, with every category at Debug.</summary>
public sealed class KeyLoggingTests : IAsyncLifetime
{
    private AzuriteServer _azurite = null!;

    public async Task InitializeAsync() => _azurite = await AzuriteServer.StartAsync();

    public async Task DisposeAsync() => await _azurite.DisposeAsync();

    [Fact]
    public async Task Requests_WithAnyKeyAnywhere_NoKeyInTheLogs()
    {
        await using var stack = await ApiStack.StartAsync(_azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Debug",
            ["Logging:LogLevel:Microsoft"] = "Debug",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
            ["Logging:LogLevel:System"] = "Debug",
            // The request line carries the query (code=...): the self-host keeps that category at Warning in code, and
            // configuration cannot lower it.
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Debug",
        });
        using var logs = new CapturedLogs();
        stack.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);
        using var http = stack.Anonymous();

        foreach (var route in ApiRoutes.All)
        {
            foreach (var key in Enum.GetValues<KeyCase>())
            {
                using var request = KeyAuthorizationTests.Request(route, key);
                using var response = await http.SendAsync(request);
            }
        }

        var entries = logs.Entries;
        Assert.Contains(entries, e => e.StartsWith("Debug", StringComparison.Ordinal)); // the capture does see Debug entries
        Assert.Contains(entries, e => e.Contains("/api/aliases", StringComparison.Ordinal)); // and the requests
        foreach (var secret in new[] { KeyAuthorizationTests.WrongKey, ApiStack.FunctionKey, ApiStack.MasterKey })
        {
            var leaked = entries.Where(e => e.Contains(secret, StringComparison.Ordinal) || e.Contains(Uri.EscapeDataString(secret), StringComparison.Ordinal)).ToList();
            Assert.True(leaked.Count == 0, $"a key was logged:{Environment.NewLine}{string.Join(Environment.NewLine, leaked)}");
        }
    }
}
