using System.Diagnostics;

namespace GseFunctions.Testing;

/// <summary>Helpers for the child processes tests start.</summary>
internal static class ChildProcess
{
    /// <summary>Kills the process and its children if still running, waits for the exit, and disposes it.</summary>
    public static async Task KillTreeAndDisposeAsync(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
    }
}
