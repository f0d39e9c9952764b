namespace GseFunctions.Cli.Watching;

/// <summary>Where a followed rollout's progress goes: a live terminal view, or plain lines.</summary>
internal interface IProgressView
{
    /// <summary>Runs <paramref name="follow"/>, which calls the update it is given with each new snapshot.</summary>
    Task<RolloutSnapshot> RunAsync(Func<Action<RolloutSnapshot>, Task<RolloutSnapshot>> follow);
}
