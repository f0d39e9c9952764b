using GseFunctions.Gse.Emulator.Simulation.State;
using GseFunctions.Gse.Models;

namespace GseFunctions.Gse.Emulator.Simulation.Engine;

/// <summary>The fleet's event log (DescribeFleetEvents); codes and ids as GSE writes them (reference §4.3, §5.4).</summary>
internal sealed class FleetEvents(SimulationRandom random)
{
    public void Add(RegionState r, SimFleet fleet, string code, string message) =>
        fleet.Events.Add(new Event { EventCode = code, EventId = random.NewId("event", 8, 8), EventTime = GseSimulation.Format(r.Now), Message = message, ResourceId = fleet.Id });

    /// <summary>Moves the fleet to <paramref name="status"/> and logs the FLEET_STATE_… event that goes with it.</summary>
    public void SetStatus(RegionState r, SimFleet fleet, string status, string eventCode, string message)
    {
        fleet.Status = status;
        Add(r, fleet, eventCode, message);
    }
}
