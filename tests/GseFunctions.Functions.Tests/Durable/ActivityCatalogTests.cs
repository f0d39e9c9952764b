using System.Reflection;
using GseFunctions.Functions.Durable;
using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Scheduling;
using Microsoft.Azure.Functions.Worker;

namespace GseFunctions.Functions.Tests.Durable;

/// <summary>
/// The Functions app's activity adapters against the one list of activities (<see cref="RolloutActivities"/>,
/// <see cref="ScheduleActivities"/>) that the self-host registers from: same names, same input and output types.
/// </summary>
public sealed class ActivityCatalogTests
{
    private static readonly IReadOnlyList<RolloutActivity> Catalog = [.. RolloutActivities.All, .. ScheduleActivities.All];

    private static readonly Dictionary<string, MethodInfo> Adapters = typeof(ActivityFunctions).GetMethods()
        .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null)
        .ToDictionary(m => m.GetCustomAttribute<FunctionAttribute>()!.Name, StringComparer.Ordinal);

    public static TheoryData<string> Names => new(Catalog.Select(a => a.Name));

    [Fact]
    public void Adapters_AreExactlyTheCatalogsActivities()
    {
        Assert.Equal(Catalog.Select(a => a.Name).Order(StringComparer.Ordinal), Adapters.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Catalog.Count, Catalog.Select(a => a.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Adapter_TakesAndAnswersTheActivitysTypes(string name)
    {
        var activity = Catalog.Single(a => a.Name == name);
        var adapter = Adapters[name];

        var trigger = Assert.Single(adapter.GetParameters(), p => p.GetCustomAttribute<ActivityTriggerAttribute>() is not null);
        Assert.Equal(activity.InputType, trigger.ParameterType);
        Assert.Equal(typeof(Task<>).MakeGenericType(activity.OutputType), adapter.ReturnType);
    }
}
