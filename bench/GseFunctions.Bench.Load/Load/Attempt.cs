namespace GseFunctions.Bench.Load.Load;

/// <summary>One request of the load: when it was sent and answered (bench clock seconds) and how it ended.</summary>
/// <param name="Start">Bench clock seconds when it was sent.</param>
/// <param name="End">Bench clock seconds when it was answered.</param>
/// <param name="Ok">Whether it succeeded.</param>
/// <param name="Outcome">"ok" for a success; otherwise the HTTP status and problem type, or the GSE error code.</param>
internal readonly record struct Attempt(double Start, double End, bool Ok, string Outcome)
{
    public double LatencyMs => (End - Start) * 1000;
}
