namespace GseFunctions.Rollouts.Activities;

/// <summary>What an activity that changes a fleet's capacity or existence did.</summary>
/// <param name="FleetId">The fleet (null when there was none to change, e.g. no fleet carries the rollout's tag).</param>
/// <param name="Changed">True when the change was made (or had been made already).</param>
/// <param name="InUseBy">
/// When the change was skipped because the fleet is still in use: the aliases (and <c>queue:{name}</c> queues) routing to
/// it. Empty otherwise.
/// </param>
public sealed record FleetChange(string? FleetId, bool Changed, IReadOnlyList<string> InUseBy)
{
    /// <summary>Made.</summary>
    public static FleetChange Done(string? fleetId) => new(fleetId, true, []);

    /// <summary>Skipped: these still route to the fleet.</summary>
    public static FleetChange Skipped(string fleetId, IReadOnlyList<string> users) => new(fleetId, false, users);
}
