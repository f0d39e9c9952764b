using Microsoft.DurableTask;

namespace GseFunctions.SelfHost.Tests.TestTasks;

/// <summary>Calls one activity: the shortest round trip through the backend.</summary>
[DurableTask(nameof(GreetOrchestrator))]
public sealed class GreetOrchestrator : TaskOrchestrator<string, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string input) =>
        context.CallActivityAsync<string>(nameof(GreetActivity), input);
}
