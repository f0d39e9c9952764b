using Azure.Identity;
using GseFunctions.Rollouts.Hosting;
using GseFunctions.Rollouts.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GseFunctions.Rollouts.Tests.Storage;

/// <summary>
/// The storage connection read as Azure Functions reads <c>AzureWebJobsStorage</c>: a connection string, or an
/// identity-based connection (account name or service URIs, credential, client id). No Azure AD here: the binding,
/// the clients' endpoints and the credential kind are checked, and incomplete settings fail naming the key.
/// </summary>
public sealed class StorageConnectionTests
{
    private const string AccountKey = "c2VjcmV0LWtleS12YWx1ZQ==";

    [Fact]
    public void Read_AccountNameWithManagedIdentity_BuildsTheAccountsEndpointsAndAManagedIdentityCredential()
    {
        var connection = Read(new()
        {
            ["AzureWebJobsStorage:accountName"] = "gsefprod01",
            ["AzureWebJobsStorage:credential"] = "managedidentity",
            ["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-0000000000c1",
        });

        Assert.True(connection.UsesIdentity);
        Assert.Empty(connection.Validate(StorageServices.All));
        Assert.Equal(new Uri("https://gsefprod01.blob.core.windows.net"), connection.BlobServiceUri);
        Assert.Equal(new Uri("https://gsefprod01.queue.core.windows.net"), connection.QueueServiceUri);
        Assert.Equal(new Uri("https://gsefprod01.table.core.windows.net"), connection.TableServiceUri);
        Assert.Equal("00000000-0000-0000-0000-0000000000c1", connection.ClientId);
        Assert.IsType<ManagedIdentityCredential>(connection.TokenCredential);
        Assert.Same(connection.TokenCredential, connection.TokenCredential);

        var table = connection.CreateTableServiceClient();
        Assert.Equal(new Uri("https://gsefprod01.table.core.windows.net"), table.Uri);
        Assert.Equal("gsefprod01", table.AccountName);
    }

    [Fact]
    public void Read_DoubleUnderscoreEnvironmentNames_BindTheSameWay()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables("GSEF_TEST_STORAGE_").Build();
        Environment.SetEnvironmentVariable("GSEF_TEST_STORAGE_AzureWebJobsStorage__accountName", "gsefenv");
        Environment.SetEnvironmentVariable("GSEF_TEST_STORAGE_AzureWebJobsStorage__credential", "managedidentity");
        try
        {
            configuration.Reload();
            var connection = StorageConnection.Read(configuration);

            Assert.Equal("gsefenv", connection.AccountName);
            Assert.Equal(StorageConnection.ManagedIdentityCredential, connection.Credential);
            Assert.Equal(new Uri("https://gsefenv.table.core.windows.net"), connection.TableServiceUri);
        }
        finally
        {
            Environment.SetEnvironmentVariable("GSEF_TEST_STORAGE_AzureWebJobsStorage__accountName", null);
            Environment.SetEnvironmentVariable("GSEF_TEST_STORAGE_AzureWebJobsStorage__credential", null);
        }
    }

    [Fact]
    public void Read_ExplicitServiceUris_WinOverTheAccountNameAndReachTheClient()
    {
        var connection = Read(new()
        {
            ["AzureWebJobsStorage:accountName"] = "gsefprod01",
            ["AzureWebJobsStorage:tableServiceUri"] = "https://tables.example.net/",
            ["AzureWebJobsStorage:blobServiceUri"] = "https://blobs.example.net/",
            ["AzureWebJobsStorage:queueServiceUri"] = "https://queues.example.net/",
        });

        Assert.Empty(connection.Validate(StorageServices.All));
        Assert.Equal(new Uri("https://blobs.example.net/"), connection.BlobServiceUri);
        Assert.Equal(new Uri("https://queues.example.net/"), connection.QueueServiceUri);
        Assert.Equal(new Uri("https://tables.example.net/"), connection.CreateTableServiceClient().Uri);
        Assert.IsType<DefaultAzureCredential>(connection.TokenCredential);
    }

    [Fact]
    public void Read_TableServiceUriOnly_ServesTablesButNotTheDurableBackend()
    {
        var connection = Read(new() { ["AzureWebJobsStorage:tableServiceUri"] = "https://gsefprod01.table.core.windows.net" });

        Assert.Empty(connection.Validate(StorageServices.Table));
        var failures = connection.Validate(StorageServices.All);
        Assert.Equal(2, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("AzureWebJobsStorage__blobServiceUri is missing", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("AzureWebJobsStorage__queueServiceUri is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ConnectionString_WinsOverIdentitySettings()
    {
        var connectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;";
        var connection = Read(new()
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["AzureWebJobsStorage:accountName"] = "ignored",
        });

        Assert.False(connection.UsesIdentity);
        Assert.Equal(connectionString, connection.ConnectionString);
        Assert.Empty(connection.Validate(StorageServices.All));
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), connection.CreateTableServiceClient().Uri);
        Assert.DoesNotContain(AccountKey, connection.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ConnectionStringsSection_IsAccepted() =>
        Assert.Equal("UseDevelopmentStorage=true", Read(new() { ["ConnectionStrings:AzureWebJobsStorage"] = "UseDevelopmentStorage=true" }).ConnectionString);

    [Fact]
    public void Validate_CredentialWithoutAccount_NamesTheMissingAccountName()
    {
        var failures = Read(new() { ["AzureWebJobsStorage:credential"] = "managedidentity" }).Validate(StorageServices.Table);

        var failure = Assert.Single(failures);
        Assert.StartsWith("AzureWebJobsStorage__accountName is missing", failure, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage__credential is set", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NeitherForm_SaysSoNamingTheConnection()
    {
        var failure = Assert.Single(Read([]).Validate(StorageServices.Table));

        Assert.StartsWith("AzureWebJobsStorage: no storage connection string or identity-based connection is configured", failure, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage__accountName", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage:accountName", "Has_Upper", "AzureWebJobsStorage__accountName: 'Has_Upper' is not a storage account name")]
    [InlineData("AzureWebJobsStorage:tableServiceUri", "tables.example.net", "AzureWebJobsStorage__tableServiceUri is not an absolute http(s) address")]
    public void Validate_MalformedValue_NamesTheKey(string key, string value, string expected)
    {
        var failures = Read(new() { [key] = value }).Validate(StorageServices.Table);

        Assert.Contains(failures, f => f.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UnknownCredential_NamesTheSetting()
    {
        var failures = Read(new() { ["AzureWebJobsStorage:accountName"] = "gsefprod01", ["AzureWebJobsStorage:credential"] = "clientsecret" }).Validate(StorageServices.All);

        Assert.Contains(failures, f => f.StartsWith("AzureWebJobsStorage__credential: 'clientsecret' is not supported", StringComparison.Ordinal));
    }

    [Fact]
    public void AddRollouts_IdentitySettings_ReachTheStorageOptions()
    {
        var options = Resolve(new()
        {
            ["AzureWebJobsStorage:accountName"] = "gsefprod01",
            ["AzureWebJobsStorage:credential"] = "managedidentity",
        });

        Assert.Equal(new Uri("https://gsefprod01.table.core.windows.net"), options.Value.Connection.TableServiceUri);
        Assert.Null(options.Value.ConnectionString);
    }

    [Fact]
    public void AddRollouts_IncompleteIdentitySettings_FailValidationNamingTheKey()
    {
        var options = Resolve(new() { ["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-0000000000c1" });

        var e = Assert.Throws<OptionsValidationException>(() => options.Value);
        Assert.Contains("AzureWebJobsStorage__accountName is missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRollouts_ConnectionString_IsUsedAsBefore()
    {
        var options = Resolve(new() { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" });

        Assert.Equal("UseDevelopmentStorage=true", options.Value.ConnectionString);
    }

    private static StorageConnection Read(Dictionary<string, string?> settings) =>
        StorageConnection.Read(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    private static IOptions<RolloutStorageOptions> Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddRollouts()
            .BuildServiceProvider().GetRequiredService<IOptions<RolloutStorageOptions>>();
    }
}
