using GseFunctions.Functions.Tests.Metadata;
using GseFunctions.Gse;
using GseFunctions.Rollouts.Starting;
using GseFunctions.Rollouts.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;

namespace GseFunctions.Functions.Tests.Durable;

/// <summary>Each orchestrator and activity function takes and answers what the Rollouts class registered under its name does.</summary>
public sealed class DurableAdapterSignatureTests
{
    [Fact]
    public void Orchestrators_EachRegisteredOrchestrator_HasOneAdapterReturningItsOutput()
    {
        using var none = new ServiceCollection().BuildServiceProvider();
        foreach (var (name, factory) in RegisteredTasks.OrchestratorFactories)
        {
            var (_, method) = Assert.Single(AdapterFunctions.Orchestrators, a => a.Name == name);
            Assert.Equal(factory(none).OutputType, AdapterFunctions.ResultType(method));
        }

        Assert.Equal(RegisteredTasks.OrchestratorFactories.Count, AdapterFunctions.Orchestrators.Count);
    }

    [Fact]
    public void Activities_EachRegisteredActivity_HasOneAdapterTakingItsInputAndReturningItsOutput()
    {
        using var services = ActivityServices();
        foreach (var (name, factory) in RegisteredTasks.ActivityFactories)
        {
            var activity = factory(services);
            var (_, method) = Assert.Single(AdapterFunctions.Activities, a => a.Name == name);
            Assert.Equal(activity.InputType, AdapterFunctions.Trigger<ActivityTriggerAttribute>(method).ParameterType);
            Assert.Equal(activity.OutputType, AdapterFunctions.ResultType(method));
        }

        Assert.Equal(RegisteredTasks.ActivityFactories.Count, AdapterFunctions.Activities.Count);
    }

    private static ServiceProvider ActivityServices() => new ServiceCollection()
        .AddLogging()
        .AddSingleton(new Mock<GseClient>().Object)
        .AddSingleton(new Mock<IAliasLockStore>().Object)
        .AddSingleton(new Mock<IScheduleStore>().Object)
        .AddSingleton(new Mock<DurableTaskClient>("test").Object)
        .AddSingleton(TimeProvider.System)
        .AddSingleton(Options.Create(new RolloutStorageOptions()))
        .AddSingleton<RolloutStarter>()
        .BuildServiceProvider();
}
