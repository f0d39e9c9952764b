using System.Globalization;

namespace GseFunctions.Bench.Load.Stack;

/// <summary>
/// A process's CPU time and memory read from <c>/proc</c> (Linux): CPU as user + system ticks, memory as the resident set
/// now and its peak (<c>VmHWM</c>). Subtract two readings for the CPU used in between.
/// </summary>
internal readonly record struct ProcessUsage(int ProcessId, double CpuSeconds, double RssMegabytes, double PeakRssMegabytes)
{
    // USER_HZ: 100 on every Linux the bench runs on (sysconf(_SC_CLK_TCK)); /proc reports CPU time in these ticks.
    private const double TicksPerSecond = 100;

    /// <summary>Reads the process now; null when it has gone or <c>/proc</c> is not there.</summary>
    public static ProcessUsage? Read(int processId)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            double rss = 0, peak = 0;
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = Kilobytes(line) / 1024;
                }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    peak = Kilobytes(line) / 1024;
                }
            }

            return new ProcessUsage(processId, ticks / TicksPerSecond, rss, peak);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>This process (the bench: load generator, local GSE, counting proxies).</summary>
    public static ProcessUsage? Self() => Read(Environment.ProcessId);

    /// <summary>The Azurite node process the fixtures started below this process, if any.</summary>
    public static int? FindAzurite()
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                var cmdline = File.ReadAllText(Path.Combine(dir, "cmdline"));
                if (cmdline.Contains("azurite.js", StringComparison.Ordinal) && IsDescendant(pid))
                {
                    return pid;
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return null;
    }

    /// <summary>CPU used between <paramref name="earlier"/> and this reading, as cores busy on average over <paramref name="seconds"/>.</summary>
    public double CoresSince(ProcessUsage earlier, double seconds) => seconds > 0 ? (CpuSeconds - earlier.CpuSeconds) / seconds : 0;

    private static bool IsDescendant(int pid)
    {
        for (var hops = 0; hops < 8 && pid > 1; hops++)
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var parent = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
            if (parent == Environment.ProcessId)
            {
                return true;
            }

            pid = parent;
        }

        return false;
    }

    private static double Kilobytes(string line) =>
        double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
