using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;
using GseFunctions.Functions.Tests.Metadata;
using GseFunctions.Rollouts.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace GseFunctions.Functions.Tests.Durable;

/// <summary>
/// Registers the Functions app's orchestrator and activity functions in a Durable Task worker, each invoked as the
/// Functions host binds it: the trigger parameter gets the input, <c>instanceId</c> the calling instance, a
/// <c>[DurableClient]</c> parameter the client, and the declaring class is created from the worker's services. So the
/// workflow runs through the adapters, not through <see cref="RolloutTasks"/>.
/// </summary>
internal sealed class AdapterTaskHost
{
    private readonly Dictionary<string, ITaskOrchestrator> _registered = RegisteredOrchestrators();

    /// <summary>The Durable client handed to <c>[DurableClient]</c> parameters (set once the host has started).</summary>
    public DurableTaskClient? Client { get; set; }

    /// <summary>The names of the functions invoked so far.</summary>
    public ConcurrentBag<string> Invoked { get; } = [];

    public void Register(DurableTaskRegistry registry)
    {
        foreach (var (name, method) in AdapterFunctions.Orchestrators)
        {
            // In Functions, GetInput<T> converts whatever input arrived; the plain worker hands the context the input
            // deserialized as the orchestrator's declared input type, so declare the registered orchestrator's.
            var inputType = _registered[name].InputType;
            registry.AddOrchestrator(name, () => new AdapterOrchestrator(this, name, method, inputType));
        }

        foreach (var (name, method) in AdapterFunctions.Activities)
        {
            registry.AddActivity(name, services => new AdapterActivity(this, name, method, services));
        }
    }

    private static Dictionary<string, ITaskOrchestrator> RegisteredOrchestrators()
    {
        // The orchestrators take no services.
        using var none = new ServiceCollection().BuildServiceProvider();
        return RegisteredTasks.OrchestratorFactories.ToDictionary(e => e.Key, e => e.Value(none), StringComparer.Ordinal);
    }

    private static async Task<object?> InvokeAsync(MethodInfo method, object? target, object?[] arguments)
    {
        Task task;
        try
        {
            task = (Task)method.Invoke(target, arguments)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }

        await task;
        return task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task);
    }

    private sealed class AdapterOrchestrator(AdapterTaskHost host, string name, MethodInfo method, Type inputType) : ITaskOrchestrator
    {
        public Type InputType => inputType;

        public Type OutputType => AdapterFunctions.ResultType(method);

        public Task<object?> RunAsync(TaskOrchestrationContext context, object? input)
        {
            if (!context.IsReplaying)
            {
                host.Invoked.Add(name);
            }

            var arguments = method.GetParameters().Select(p => p.ParameterType == typeof(TaskOrchestrationContext) ? (object)context : throw new InvalidOperationException($"{name}: cannot bind {p.Name}.")).ToArray();
            return InvokeAsync(method, null, arguments);
        }
    }

    private sealed class AdapterActivity(AdapterTaskHost host, string name, MethodInfo method, IServiceProvider services) : ITaskActivity
    {
        public Type InputType => AdapterFunctions.Trigger<ActivityTriggerAttribute>(method).ParameterType;

        public Type OutputType => AdapterFunctions.ResultType(method);

        public Task<object?> RunAsync(TaskActivityContext context, object? input)
        {
            host.Invoked.Add(name);
            var arguments = method.GetParameters().Select(p =>
                p.GetCustomAttribute<ActivityTriggerAttribute>() is not null ? input
                : p.GetCustomAttribute<DurableClientAttribute>() is not null ? host.Client ?? throw new InvalidOperationException("No Durable client yet.")
                : p is { Name: "instanceId", ParameterType: var t } && t == typeof(string) ? context.InstanceId
                : throw new InvalidOperationException($"{name}: cannot bind {p.Name}.")).ToArray();
            var target = method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, method.DeclaringType!);
            return InvokeAsync(method, target, arguments);
        }
    }
}
