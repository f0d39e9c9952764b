using Microsoft.DurableTask;

namespace GseFunctions.SelfHost.Tests.TestTasks;

public static class TestTaskRegistry
{
    public static void Register(DurableTaskRegistry registry)
    {
        registry.AddActivity<GreetActivity>();
        registry.AddOrchestrator<GreetOrchestrator>();
        registry.AddOrchestrator<ApprovalOrchestrator>();
    }
}
