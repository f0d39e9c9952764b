using Microsoft.DurableTask;

namespace GseFunctions.Rollouts.Activities;

/// <summary>
/// A registered activity: the name history refers to it by, the class that runs it, and whether it runs inside the
/// rollout's log scope. <see cref="RolloutActivities"/> lists them all; both hosts register from that list.
/// </summary>
/// <param name="Name">The registered name (stable: history refers to it).</param>
/// <param name="ActivityType">The activity class.</param>
/// <param name="InRolloutScope">True to log under the rollout's scope (rollout id, alias, fleet).</param>
public abstract record RolloutActivity(string Name, Type ActivityType, bool InRolloutScope)
{
    /// <summary>What the activity takes.</summary>
    public abstract Type InputType { get; }

    /// <summary>What the activity answers.</summary>
    public abstract Type OutputType { get; }
}

/// <summary>
/// An activity with its input and output types, so a call through it is typed at compile time: the constraint ties the
/// class to the types, and an orchestrator cannot pass the wrong input or read the wrong output.
/// </summary>
/// <typeparam name="TActivity">The activity class.</typeparam>
/// <typeparam name="TInput">What it takes.</typeparam>
/// <typeparam name="TOutput">What it answers.</typeparam>
/// <param name="Name">The registered name.</param>
/// <param name="InRolloutScope">True to log under the rollout's scope.</param>
public sealed record RolloutActivity<TActivity, TInput, TOutput>(string Name, bool InRolloutScope = true)
    : RolloutActivity(Name, typeof(TActivity), InRolloutScope)
    where TActivity : TaskActivity<TInput, TOutput>
{
    /// <inheritdoc/>
    public override Type InputType => typeof(TInput);

    /// <inheritdoc/>
    public override Type OutputType => typeof(TOutput);

    /// <summary>Schedules the activity from an orchestrator and answers its typed output.</summary>
    /// <param name="context">The orchestration context.</param>
    /// <param name="input">The input.</param>
    /// <param name="options">Retry and other options; null for none.</param>
    /// <returns>The activity's output.</returns>
    public Task<TOutput> CallAsync(TaskOrchestrationContext context, TInput input, TaskOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.CallActivityAsync<TOutput>(Name, input, options);
    }
}
