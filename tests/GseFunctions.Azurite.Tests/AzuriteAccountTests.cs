using System.Data.Common;
using Azure.Data.Tables;
using GseFunctions.Testing;

namespace GseFunctions.Azurite.Tests;

public sealed class AzuriteAccountTests
{
    [Fact]
    public void ConnectionString_Ports_NamesEachServiceOnLoopbackWithTheDevelopmentAccount()
    {
        var parts = new DbConnectionStringBuilder { ConnectionString = AzuriteAccount.ConnectionString(10100, 10101, 10102) };

        Assert.Equal("devstoreaccount1", parts["AccountName"]);
        Assert.Equal(AzuriteAccount.Key, parts["AccountKey"]);
        Assert.Equal("http://127.0.0.1:10100/devstoreaccount1", parts["BlobEndpoint"]);
        Assert.Equal("http://127.0.0.1:10101/devstoreaccount1", parts["QueueEndpoint"]);
        Assert.Equal("http://127.0.0.1:10102/devstoreaccount1", parts["TableEndpoint"]);
    }

    [Fact]
    public async Task ConnectionString_AzuriteStartedByTheCommand_IsAccepted()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var tables = new TableServiceClient(AzuriteAccount.ConnectionString(azurite.BlobPort, azurite.QueuePort, azurite.TablePort));

        await tables.CreateTableIfNotExistsAsync("probe");

        Assert.Contains(tables.Query(), t => t.Name == "probe");
    }
}
