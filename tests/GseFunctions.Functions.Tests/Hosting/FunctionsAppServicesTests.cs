using System.Reflection;
using GseFunctions.Api.Management;
using GseFunctions.Functions.Durable;
using GseFunctions.Functions.Edge;
using GseFunctions.Functions.Hosting;
using GseFunctions.Functions.Management;
using GseFunctions.Functions.Tests.Durable;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using GseFunctions.Testing;
using Moq;

namespace GseFunctions.Functions.Tests.Hosting;

/// <summary>The app's services (as Program composes them, with the local.settings.sample.json values) create every function class and activity.</summary>
public sealed class FunctionsAppServicesTests
{
    [Fact]
    public void AddGseFunctionsApp_SampleSettings_CreatesEveryFunctionClass()
    {
        using var services = AppServices();

        var classes = typeof(ActivityFunctions).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null) && !t.IsAbstract)
            .ToList();

        Assert.NotEmpty(classes);
        Assert.All(classes, t => Assert.NotNull(ActivatorUtilities.CreateInstance(services, t)));
        Assert.IsType<FunctionsManagementUrls>(services.GetRequiredService<IManagementUrls>());
        Assert.NotNull(ActivatorUtilities.CreateInstance<ProblemDetailsWorkerMiddleware>(services));
    }

    [Fact]
    public void AddGseFunctionsApp_SampleSettings_CreatesEveryActivityTheAdaptersRun()
    {
        using var services = AppServices();
        var client = new Mock<DurableTaskClient>("bound").Object;

        var activities = typeof(Rollouts.Hosting.RolloutTasks).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(TaskActivity<,>))
            .ToList();

        Assert.Equal(AdapterFunctions.Activities.Count, activities.Count);
        Assert.All(activities, t =>
        {
            // Only the activity that starts a schedule's rollout takes the client, from its function's [DurableClient] binding.
            var needsClient = t.GetConstructors().Single().GetParameters().Any(p => p.ParameterType == typeof(DurableTaskClient));
            Assert.NotNull(needsClient ? ActivatorUtilities.CreateInstance(services, t, client) : ActivatorUtilities.CreateInstance(services, t));
        });
    }

    [Fact]
    public void AddGseFunctionsApp_WorkerSerializer_WritesDurablePayloadsCamelCaseAndReadsThePascalCaseOnes()
    {
        using var services = AppServices();
        var serializer = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WorkerOptions>>().Value.Serializer;
        Assert.NotNull(serializer);
        var status = new Rollouts.Contracts.RolloutStatus
        {
            Phase = Rollouts.Contracts.RolloutPhase.Draining,
            AliasId = "alias-1",
            Phases = [new(Rollouts.Contracts.RolloutPhase.Starting, new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc))],
        };

        var written = serializer.Serialize(status, typeof(Rollouts.Contracts.RolloutStatus)).ToString();

        Assert.Contains("\"phase\":\"Draining\"", written, StringComparison.Ordinal);
        Assert.Contains("\"aliasId\":\"alias-1\"", written, StringComparison.Ordinal);
        Assert.Contains("\"phases\":[{\"phase\":\"Starting\"", written, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Phase\"", written, StringComparison.Ordinal);
        Assert.Equal(status.Phase, Read(serializer, written)!.Phase);

        // Written before: PascalCase members, and an enum as its number.
        var old = Read(serializer, """{"Phase":6,"AliasId":"alias-1","NewFleetId":"fleet-2","DrainOverdue":true}""")!;
        Assert.Equal(Rollouts.Contracts.RolloutPhase.Draining, old.Phase);
        Assert.Equal("alias-1", old.AliasId);
        Assert.Equal("fleet-2", old.NewFleetId);
        Assert.True(old.DrainOverdue);
        Assert.Null(old.Phases);
    }

    private static Rollouts.Contracts.RolloutStatus? Read(Azure.Core.Serialization.ObjectSerializer serializer, string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return (Rollouts.Contracts.RolloutStatus?)serializer.Deserialize(stream, typeof(Rollouts.Contracts.RolloutStatus), CancellationToken.None);
    }

    private static ServiceProvider AppServices()
    {
        var sample = Path.Combine(RepositoryPaths.Root, "local.settings.sample.json");
        var values = System.Text.Json.JsonDocument.Parse(File.ReadAllText(sample)).RootElement.GetProperty("Values")
            .EnumerateObject().ToDictionary(p => p.Name.Replace("__", ":", StringComparison.Ordinal), p => (string?)p.Value.GetString());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddGseFunctionsApp();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
