using System.Reflection;
using GseFunctions.Functions.Durable;
using Microsoft.Azure.Functions.Worker;

namespace GseFunctions.Functions.Tests.Durable;

/// <summary>The Functions app's orchestrator and activity functions, found the way the Functions host finds them: by their attributes.</summary>
internal static class AdapterFunctions
{
    public static IReadOnlyList<(string Name, MethodInfo Method)> Orchestrators { get; } = Find<OrchestrationTriggerAttribute>();

    public static IReadOnlyList<(string Name, MethodInfo Method)> Activities { get; } = Find<ActivityTriggerAttribute>();

    public static ParameterInfo Trigger<TAttribute>(MethodInfo method)
        where TAttribute : Attribute =>
        method.GetParameters().Single(p => p.GetCustomAttribute<TAttribute>() is not null);

    /// <summary>T of a <c>Task&lt;T&gt;</c> return type.</summary>
    public static Type ResultType(MethodInfo method)
    {
        Assert.True(method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>), $"{method.Name} returns {method.ReturnType}, not Task<T>.");
        return method.ReturnType.GetGenericArguments()[0];
    }

    private static List<(string, MethodInfo)> Find<TTrigger>()
        where TTrigger : Attribute =>
        typeof(ActivityFunctions).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null && m.GetParameters().Any(p => p.GetCustomAttribute<TTrigger>() is not null))
            .Select(m => (m.GetCustomAttribute<FunctionAttribute>()!.Name, m))
            .ToList();
}
