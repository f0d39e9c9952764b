using Microsoft.DurableTask;

namespace GseFunctions.SelfHost.Tests.TestTasks;

[DurableTask(nameof(GreetActivity))]
public sealed class GreetActivity : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input) => Task.FromResult($"Hello, {input}");
}
