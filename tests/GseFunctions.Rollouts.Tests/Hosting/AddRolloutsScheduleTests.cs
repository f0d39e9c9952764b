using GseFunctions.Rollouts.Hosting;
using GseFunctions.Rollouts.Scheduling;
using GseFunctions.Rollouts.Storage;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace GseFunctions.Rollouts.Tests.Hosting;

public sealed class AddRolloutsScheduleTests
{
    [Fact]
    public void AddRollouts_Resolves_ScheduleServiceOnTheTableStore()
    {
        using var services = new ServiceCollection().AddLogging().AddRollouts().BuildServiceProvider();

        Assert.NotNull(services.GetRequiredService<ScheduleService>());
        Assert.IsType<TableScheduleStore>(services.GetRequiredService<IScheduleStore>());
    }

    [Fact]
    public void AddRollouts_StoreAlreadyRegistered_KeepsIt()
    {
        var mine = new Storage.InMemoryScheduleStore();

        using var services = new ServiceCollection().AddSingleton<IScheduleStore>(mine).AddLogging().AddRollouts().BuildServiceProvider();

        Assert.Same(mine, services.GetRequiredService<IScheduleStore>());
    }

    [Fact]
    public void Register_AddsTheScheduleOrchestratorAndActivity()
    {
        var registry = new DurableTaskRegistry();

        RolloutTasks.Register(registry);

        // Registering a name twice throws: the schedule's names are taken.
        Assert.ThrowsAny<ArgumentException>(() => registry.AddOrchestratorFunc("RolloutSchedule", (TaskOrchestrationContext _) => Task.CompletedTask));
        Assert.ThrowsAny<ArgumentException>(() => registry.AddActivityFunc("StartScheduledRollout", (TaskActivityContext _) => Task.CompletedTask));
    }
}
