namespace GseFunctions.Rollouts.Contracts;

/// <summary>Names of the external events a rollout reacts to (raise them through the Durable client or HTTP API).</summary>
public static class RolloutEvents
{
    /// <summary>Lets a rollout waiting in <see cref="RolloutPhase.AwaitingApproval"/> switch the alias. Sent early, it is kept until then.</summary>
    public const string Approve = "approve";

    /// <summary>Stops the rollout and undoes it: before the switch the alias is untouched and a fleet the rollout created is deleted; after the switch it acts as <see cref="Rollback"/>.</summary>
    public const string Abort = "abort";

    /// <summary>Moves the alias back to the old fleet, restores its capacity, then drains and retires the new fleet. Ignored once retiring has begun.</summary>
    public const string Rollback = "rollback";
}
