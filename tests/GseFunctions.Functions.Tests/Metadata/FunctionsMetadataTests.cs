using GseFunctions.Api.Routing;

namespace GseFunctions.Functions.Tests.Metadata;

/// <summary>
/// The Functions build's functions.metadata (what the Functions host indexes) against the route table the self-host
/// maps and the tasks the self-host's Durable worker registers, so the two hosts cannot drift apart.
/// </summary>
public sealed class FunctionsMetadataTests
{
    private static readonly IReadOnlyList<FunctionMetadata> Functions = FunctionMetadata.Load();

    public static TheoryData<string> RouteNames => new(ApiRoutes.All.Select(r => r.Name));

    public static TheoryData<string> OrchestratorNames => new(RegisteredTasks.Orchestrators);

    public static TheoryData<string> ActivityNames => new(RegisteredTasks.Activities);

    [Theory]
    [MemberData(nameof(RouteNames))]
    public void Metadata_Route_HasOneHttpFunctionWithItsRouteMethodsAndLevel(string name)
    {
        var route = ApiRoutes.All.Single(r => r.Name == name);

        var function = Assert.Single(Functions, f => f.Name == name);
        var trigger = Assert.Single(function.Triggers);
        Assert.Equal("httpTrigger", trigger.Type);
        Assert.Equal(route.Template, trigger.Route);
        Assert.Equal(route.Methods, (trigger.Methods ?? []).Select(m => m.ToUpperInvariant()));
        Assert.Equal(route.Level.ToString().ToLowerInvariant(), trigger.AuthLevel?.ToLowerInvariant());
        Assert.Contains(function.Bindings, b => b is { Name: "$return", Type: "http", Direction: "Out" });
    }

    [Theory]
    [MemberData(nameof(OrchestratorNames))]
    public void Metadata_RegisteredOrchestrator_HasOneOrchestrationTriggerFunction(string name)
    {
        var function = Assert.Single(Functions, f => f.Name == name);
        Assert.Equal("orchestrationTrigger", Assert.Single(function.Triggers).Type);
    }

    [Theory]
    [MemberData(nameof(ActivityNames))]
    public void Metadata_RegisteredActivity_HasOneActivityTriggerFunction(string name)
    {
        var function = Assert.Single(Functions, f => f.Name == name);
        Assert.Equal("activityTrigger", Assert.Single(function.Triggers).Type);
    }

    [Fact]
    public void Metadata_Functions_AreExactlyTheRoutesAndTheRegisteredTasks()
    {
        var expected = ApiRoutes.All.Select(r => r.Name).Concat(RegisteredTasks.Orchestrators).Concat(RegisteredTasks.Activities).Order(StringComparer.Ordinal);

        Assert.Equal(expected, Functions.Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Metadata_DurableClientFunctions_AreTheOnesThatNeedTheClient()
    {
        // The rollout and schedule routes take the Durable client from the binding, and so do the alias edit and delete
        // (to tell whether the rollout holding the alias has ended), the activity that starts a schedule's rollout and the
        // one that takes the alias lock (asking whether its holder has ended): the Functions host has no DurableTaskClient in DI.
        var withClient = Functions.Where(f => f.Bindings.Any(b => b is { Type: "durableClient", Direction: "In" })).Select(f => f.Name).Order(StringComparer.Ordinal);

        Assert.Equal(
            new[]
            {
                ApiRouteNames.StartRollout, ApiRouteNames.ListRollouts, ApiRouteNames.GetRollout, ApiRouteNames.GetRolloutTimeline, ApiRouteNames.ApproveRollout,
                ApiRouteNames.AbortRollout, ApiRouteNames.RollbackRollout, ApiRouteNames.CreateSchedule, ApiRouteNames.GetSchedule,
                ApiRouteNames.DeleteSchedule, ApiRouteNames.UpdateAlias, ApiRouteNames.DeleteAlias, Rollouts.Activities.RolloutTaskNames.StartScheduledRollout,
                Rollouts.Activities.RolloutTaskNames.HoldAliasLock,
            }.Order(StringComparer.Ordinal),
            withClient);
    }
}
