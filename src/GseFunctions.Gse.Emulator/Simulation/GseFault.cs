namespace GseFunctions.Gse.Emulator.Simulation;

/// <summary>A planned refusal, answered on the wire as the Tencent error envelope with <see cref="Code"/>.</summary>
/// <param name="code">Tencent error code, such as <c>ResourceNotFound</c>.</param>
/// <param name="message">Message for the caller; never contains a secret.</param>
#pragma warning disable CA1710 // named after what it is on the wire: a Tencent error (fault), not a crash
public sealed class GseFault(string code, string message) : Exception(message)
{
    /// <summary>Tencent error code.</summary>
    public string Code { get; } = code;
}
#pragma warning restore CA1710
