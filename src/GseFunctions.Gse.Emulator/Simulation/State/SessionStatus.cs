namespace GseFunctions.Gse.Emulator.Simulation.State;

/// <summary>Game server session statuses as GSE spells them.</summary>
internal static class SessionStatus
{
    public const string Activating = "ACTIVATING";
    public const string Active = "ACTIVE";
    public const string Terminating = "TERMINATING";
    public const string Terminated = "TERMINATED";
    public const string Error = "ERROR";
}
