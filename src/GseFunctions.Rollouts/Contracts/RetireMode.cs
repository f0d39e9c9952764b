using System.Text.Json.Serialization;

namespace GseFunctions.Rollouts.Contracts;

/// <summary>What retiring a drained fleet means.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RetireMode>))]
public enum RetireMode
{
    /// <summary>Scale it to zero and delete it.</summary>
    Delete,

    /// <summary>Scale it to zero and keep it (no instances, no cost of servers).</summary>
    ScaleToZero,
}
