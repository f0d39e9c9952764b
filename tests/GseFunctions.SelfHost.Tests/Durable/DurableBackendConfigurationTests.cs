using DurableTask.AzureStorage;
using GseFunctions.SelfHost.Durable;
using GseFunctions.SelfHost.Tests.TestTasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GseFunctions.SelfHost.Tests.Durable;

/// <summary>Binding of host.json, environment and our own keys; validation at start. No storage is touched.</summary>
public sealed class DurableBackendConfigurationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gsef-hostjson-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Settings_FromHostJsonAndOwnKeys_ReachTheBackend()
    {
        var hostJson = Path.Combine(_folder, "host.json");
        File.WriteAllText(hostJson, """
            {
              "version": "2.0",
              "extensions": {
                "durableTask": {
                  "hubName": "FromHostJson",
                  "maxConcurrentActivityFunctions": 70,
                  "maxConcurrentOrchestratorFunctions": 90,
                  "storageProvider": {
                    "connectionName": "MyStorage",
                    "partitionCount": 3,
                    "maxQueuePollingInterval": "00:00:02",
                    "controlQueueBatchSize": 16,
                    "controlQueueVisibilityTimeout": "00:01:00",
                    "workItemQueueVisibilityTimeout": "00:02:00",
                    "useTablePartitionManagement": false
                  }
                }
              }
            }
            """);

        var settings = BuildSettings(new Dictionary<string, string?>
        {
            ["HostJsonPath"] = hostJson,
            ["MyStorage"] = "UseDevelopmentStorage=true",
            ["DurableTask:LeaseInterval"] = "00:00:07",
            ["DurableTask:LeaseRenewInterval"] = "00:00:02",
            ["DurableTask:LeaseAcquireInterval"] = "00:00:03",
            ["DurableTask:WorkerId"] = "worker-a",
            ["DurableTask:MaxConcurrentActivityFunctions"] = "7",
            ["DurableTask:MaxConcurrentOrchestratorFunctions"] = "9",
        });

        Assert.Equal("FromHostJson", settings.TaskHubName);
        Assert.Equal(3, settings.PartitionCount);
        Assert.Equal(TimeSpan.FromSeconds(2), settings.MaxQueuePollingInterval);
        Assert.Equal(16, settings.ControlQueueBatchSize);
        Assert.Equal(TimeSpan.FromMinutes(1), settings.ControlQueueVisibilityTimeout);
        Assert.Equal(TimeSpan.FromMinutes(2), settings.WorkItemQueueVisibilityTimeout);
        Assert.False(settings.UseTablePartitionManagement);
        Assert.Equal(7, settings.MaxConcurrentTaskActivityWorkItems);
        Assert.Equal(9, settings.MaxConcurrentTaskOrchestrationWorkItems);
        Assert.Equal(TimeSpan.FromSeconds(7), settings.LeaseInterval);
        Assert.Equal(TimeSpan.FromSeconds(2), settings.LeaseRenewInterval);
        Assert.Equal(TimeSpan.FromSeconds(3), settings.LeaseAcquireInterval);
        Assert.Equal("worker-a", settings.WorkerId);
    }

    [Fact]
    public void Settings_WithoutHostJson_AreTheDocumentedDefaults()
    {
        var settings = BuildSettings(new Dictionary<string, string?> { ["HostJsonPath"] = Path.Combine(_folder, "none.json"), ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" });

        Assert.Equal("GseFunctions", settings.TaskHubName);
        Assert.Equal(4, settings.PartitionCount);
        Assert.Equal(TimeSpan.FromSeconds(30), settings.MaxQueuePollingInterval);
        Assert.Equal(TimeSpan.FromSeconds(30), settings.LeaseInterval);
        Assert.True(settings.UseTablePartitionManagement);
        Assert.Equal(new AzureStorageOrchestrationServiceSettings().LeaseRenewInterval, settings.LeaseRenewInterval);
        Assert.Equal(new AzureStorageOrchestrationServiceSettings().LeaseAcquireInterval, settings.LeaseAcquireInterval);
        Assert.Contains(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), settings.WorkerId, StringComparison.Ordinal);
        Assert.Equal(50 * Environment.ProcessorCount, settings.MaxConcurrentTaskOrchestrationWorkItems);
        Assert.Equal(50 * Environment.ProcessorCount, settings.MaxConcurrentTaskActivityWorkItems);
    }

    [Fact]
    public void Concurrency_HostJsonFiguresAreTheFunctionsInstances_TheSelfHostSizesFromItsProcessors()
    {
        var hostJson = Path.Combine(_folder, "host.json");
        File.WriteAllText(hostJson, """
            { "extensions": { "durableTask": { "maxConcurrentActivityFunctions": 3, "maxConcurrentOrchestratorFunctions": 4 } } }
            """);

        var settings = BuildSettings(new Dictionary<string, string?> { ["HostJsonPath"] = hostJson, ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" });

        Assert.Equal(50 * Environment.ProcessorCount, settings.MaxConcurrentTaskOrchestrationWorkItems);
        Assert.Equal(50 * Environment.ProcessorCount, settings.MaxConcurrentTaskActivityWorkItems);
    }

    [Fact]
    public void Concurrency_RepositoryHostJson_GivesEachFunctionsInstance100()
    {
        var hostJson = Path.Combine(GseFunctions.Testing.RepositoryPaths.Root, "host.json");
        var configuration = new ConfigurationBuilder().AddJsonFile(hostJson, optional: false).Build();

        Assert.Equal("100", configuration[DurableBackendConfigurationKeys.MaxConcurrentOrchestratorFunctions]);
        Assert.Equal("100", configuration[DurableBackendConfigurationKeys.MaxConcurrentActivityFunctions]);
    }

    [Fact]
    public void Settings_FunctionsHostEnvironmentPrefix_OverridesHostJson()
    {
        var hostJson = Path.Combine(_folder, "host.json");
        File.WriteAllText(hostJson, """{ "extensions": { "durableTask": { "hubName": "FromHostJson" } } }""");
        const string variable = "AzureFunctionsJobHost__extensions__durableTask__storageProvider__partitionCount";
        Environment.SetEnvironmentVariable(variable, "5");
        try
        {
            var settings = BuildSettings(new Dictionary<string, string?> { ["HostJsonPath"] = hostJson, ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" });
            Assert.Equal("FromHostJson", settings.TaskHubName);
            Assert.Equal(5, settings.PartitionCount);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task Start_WithInvalidSettings_FailsNamingEveryKey()
    {
        using var host = BuildHost(new Dictionary<string, string?>
        {
            ["HostJsonPath"] = Path.Combine(_folder, "none.json"),
            ["extensions:durableTask:hubName"] = "1-bad",
            ["extensions:durableTask:storageProvider:partitionCount"] = "17",
            ["extensions:durableTask:storageProvider:maxQueuePollingInterval"] = "soon",
            ["DurableTask:LeaseRenewInterval"] = "00:01:00",
            ["DurableTask:MaxConcurrentOrchestratorFunctions"] = "0",
            ["AzureWebJobsStorage"] = "DefaultEndpointsProtocol=http;AccountName=a;AccountKey=c2VjcmV0LWtleS12YWx1ZQ==",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("extensions:durableTask:hubName: '1-bad'", error.Message, StringComparison.Ordinal);
        Assert.Contains("extensions:durableTask:storageProvider:partitionCount: 17 is out of range (1-16)", error.Message, StringComparison.Ordinal);
        Assert.Contains("extensions:durableTask:storageProvider:maxQueuePollingInterval: 'soon' is not a time span", error.Message, StringComparison.Ordinal);
        Assert.Contains("DurableTask:LeaseRenewInterval", error.Message, StringComparison.Ordinal);
        Assert.Contains("DurableTask:MaxConcurrentOrchestratorFunctions: 0 is out of range (1-10000)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0LWtleS12YWx1ZQ==", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithNamedConnectionMissing_FailsNamingTheKey()
    {
        using var host = BuildHost(new Dictionary<string, string?>
        {
            ["HostJsonPath"] = Path.Combine(_folder, "none.json"),
            ["extensions:durableTask:storageProvider:connectionStringName"] = "OtherStorage",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("OtherStorage: no storage connection string", error.Message, StringComparison.Ordinal);
    }

    internal static AzureStorageOrchestrationServiceSettings BuildSettings(Dictionary<string, string?> configuration)
    {
        using var host = BuildHost(configuration);
        var options = host.Services.GetRequiredService<IOptions<DurableBackendOptions>>().Value;
        return AzureStorageBackendFactory.CreateSettings(options, host.Services.GetRequiredService<ILoggerFactory>());
    }

    private static IHost BuildHost(Dictionary<string, string?> configuration)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Configuration.AddEnvironmentVariables();
        builder.AddDurableBackend(TestTaskRegistry.Register);
        return builder.Build();
    }
}
