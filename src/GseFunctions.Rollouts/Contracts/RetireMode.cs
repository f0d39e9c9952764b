namespace GseFunctions.Rollouts.Contracts;

/// <summary>What retiring a drained fleet means.</summary>
public enum RetireMode
{
    /// <summary>Scale it to zero and delete it.</summary>
    Delete,

    /// <summary>Scale it to zero and keep it (no instances, no cost of servers).</summary>
    ScaleToZero,
}
