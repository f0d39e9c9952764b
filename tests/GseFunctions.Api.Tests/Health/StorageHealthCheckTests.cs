using System.Net;
using System.Net.Sockets;
using GseFunctions.Api.Health;
using GseFunctions.Rollouts.Storage;
using GseFunctions.Testing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GseFunctions.Api.Tests.Health;

public sealed class StorageHealthCheckTests
{
    [Fact]
    public async Task CheckHealthAsync_StorageUnreachable_UnhealthyWithAFixedDescription()
    {
        var port = ClosedPort();
        var connection = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AzuriteServer.AccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
        using var check = new StorageHealthCheck(Options.Create(new RolloutStorageOptions { ConnectionString = connection }));

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("Azure Storage unreachable.", result.Description);
    }

    [Fact]
    public async Task CheckHealthAsync_UnusableConnectionString_UnhealthyWithoutEchoingIt()
    {
        using var check = new StorageHealthCheck(Options.Create(new RolloutStorageOptions { ConnectionString = "AccountKey=c2VjcmV0LXZhbHVl;not a connection string" }));

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.DoesNotContain("c2VjcmV0LXZhbHVl", result.Description, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage", result.Description, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
