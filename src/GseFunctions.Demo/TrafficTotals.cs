namespace GseFunctions.Demo;

/// <summary>The demo's player traffic over the whole run.</summary>
internal sealed record TrafficTotals(long SessionsCreated, long FailedSessionCreations, IReadOnlyDictionary<string, long> FailuresByKind);
