namespace GseFunctions.Gse.Emulator.Simulation;

/// <summary>The simulation's clock (scaled or fake), kept apart from the real clock that checks request timestamps.</summary>
/// <param name="Time">The simulated time source.</param>
/// <param name="Scale">How many simulated seconds pass per real second (informational).</param>
internal sealed record SimulationClock(TimeProvider Time, double Scale);
