using System.Globalization;

namespace GseFunctions.Bench.Load.Stack;

/// <summary>The machine's one-minute load average (<c>/proc/loadavg</c>), printed with the figures: on a shared machine it says how far to trust them.</summary>
internal static class MachineLoad
{
    public static double? OneMinute()
    {
        try
        {
            return double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}
