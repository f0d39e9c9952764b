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
