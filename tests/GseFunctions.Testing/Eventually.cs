using System.Diagnostics;

namespace GseFunctions.Testing;

/// <summary>Polls a condition until it holds, for tests of things that settle over (real) time.</summary>
public static class Eventually
{
    /// <summary>Waits until <paramref name="condition"/> is true; throws <see cref="TimeoutException"/> naming <paramref name="what"/> otherwise.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Timed out after {timeout} waiting for {what}.");
            }

            await Task.Delay(100);
        }
    }
}
