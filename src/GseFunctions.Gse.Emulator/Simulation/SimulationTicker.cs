namespace GseFunctions.Gse.Emulator.Simulation;

/// <summary>Lets simulated time pass without requests: runs due events in every region about ten times a real second.</summary>
internal sealed class SimulationTicker(GseSimulation simulation) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            simulation.AdvanceAll();
        }
    }
}
