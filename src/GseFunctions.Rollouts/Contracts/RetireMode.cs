using System.Text.Json.Serialization;

namespace GseFunctions.Rollouts.Contracts;

/// <summary>What retiring the old fleet means.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RetireMode>))]
public enum RetireMode
{
    /// <summary>Scale it to zero and delete it.</summary>
    Delete,

    /// <summary>Scale it to zero and keep it (no instances, no cost of servers).</summary>
    ScaleToZero,

    /// <summary>
    /// Leave the old fleet as it is: no scale-in, no drain wait, no delete; only the alias moves. For a fleet that other
    /// aliases or queues still route to (a rollout refuses to retire such a fleet any other way).
    /// </summary>
    Keep,
}
