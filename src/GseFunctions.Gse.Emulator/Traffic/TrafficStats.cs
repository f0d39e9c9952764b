namespace GseFunctions.Gse.Emulator.Traffic;

/// <summary>What the simulated traffic did since the local GSE started.</summary>
public sealed record TrafficStats(
    TrafficSettings Settings,
    long Attempts,
    long Succeeded,
    long Failed,
    IReadOnlyDictionary<string, long> FailuresByCode,
    IReadOnlyDictionary<string, long> SessionsByFleet);
