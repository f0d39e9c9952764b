using Microsoft.DurableTask;

namespace GseFunctions.SelfHost.Tests.TestTasks;

/// <summary>An activity, a durable timer, then an external event: the three things the backend must carry.</summary>
[DurableTask(nameof(ApprovalOrchestrator))]
public sealed class ApprovalOrchestrator : TaskOrchestrator<string, string>
{
    public const string ApprovalEvent = "Approval";

    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        var greeting = await context.CallActivityAsync<string>(nameof(GreetActivity), input);
        await context.CreateTimer(context.CurrentUtcDateTime.AddSeconds(1), CancellationToken.None);
        context.SetCustomStatus("waiting");
        var approval = await context.WaitForExternalEvent<string>(ApprovalEvent);
        return $"{greeting}; {approval}";
    }
}
