namespace GseFunctions.Demo.Tests.Script;

/// <summary>Process facts from Linux's /proc.</summary>
internal static class ProcFs
{
    /// <summary>Whether the process still runs (exists and is not a zombie waiting to be reaped).</summary>
    public static bool IsAlive(int pid) => Stat(pid) is { } stat && State(stat) != 'Z';

    public static int? ParentOf(int pid) =>
        Stat(pid) is { } stat && int.TryParse(AfterName(stat).Split(' ')[1], out var parent) ? parent : null;

    private static char State(string stat) => AfterName(stat)[0];

    // The command name (in parentheses) may hold spaces: the fields that follow start after the last ')'.
    private static string AfterName(string stat) => stat[(stat.LastIndexOf(')') + 2)..];

    private static string? Stat(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
