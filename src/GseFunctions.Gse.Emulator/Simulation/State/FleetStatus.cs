namespace GseFunctions.Gse.Emulator.Simulation.State;

/// <summary>Fleet statuses as GSE spells them.</summary>
internal static class FleetStatus
{
    public const string New = "NEW";
    public const string Downloading = "DOWNLOADING";
    public const string Validating = "VALIDATING";
    public const string Building = "BUILDING";
    public const string Activating = "ACTIVATING";
    public const string Active = "ACTIVE";
    public const string Error = "ERROR";
    public const string Deleting = "DELETING";
    public const string Terminated = "TERMINATED";
}
