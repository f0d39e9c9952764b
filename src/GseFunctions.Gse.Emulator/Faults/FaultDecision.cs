namespace GseFunctions.Gse.Emulator.Faults;

/// <summary>What the injected faults do to one call.</summary>
internal sealed record FaultDecision(TimeSpan Delay, string? ErrorCode, string? ErrorMessage, int? HttpStatus)
{
    public static FaultDecision None { get; } = new(TimeSpan.Zero, null, null, null);
}
