namespace GseFunctions.Rollouts;

/// <summary>Marks the rollouts assembly (for registration by assembly scanning).</summary>
public static class AssemblyMarker;
