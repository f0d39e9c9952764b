using GseFunctions.Demo.Walkthrough;

namespace GseFunctions.Demo.Chart;

/// <summary>Keeps the readings the walkthrough takes of fleet 1 and fleet 2 (the same ones it prints), for the crossover chart.</summary>
internal sealed class CrossoverRecorder
{
    private readonly List<CrossoverSample> _samples = [];

    public IReadOnlyList<CrossoverSample> Samples => _samples;

    public void Add(TimeSpan at, string phase, IReadOnlyList<FleetView> fleets)
    {
        ArgumentNullException.ThrowIfNull(fleets);
        _samples.Add(new CrossoverSample(at, phase, Live(fleets, "fleet 1"), Live(fleets, "fleet 2")));
    }

    private static int Live(IReadOnlyList<FleetView> fleets, string name) => fleets.FirstOrDefault(f => f.Name == name)?.LiveSessions ?? 0;
}
