namespace GseFunctions.Demo;

/// <summary>What the demo does once the stack is up.</summary>
internal enum DemoMode
{
    /// <summary>Runs a rollout from fleet 1 to fleet 2 under player traffic, prints a summary and stops everything.</summary>
    Rollout,

    /// <summary>Seeds the stack, prints the base URL, the keys and curl examples, and stays up until Ctrl-C.</summary>
    Up,
}
