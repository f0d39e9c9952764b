namespace GseFunctions.Testing;

/// <summary>Locates files of this repository from a test's output folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding GseFunctions.sln.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GseFunctions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GseFunctions.sln not found above " + AppContext.BaseDirectory);
    }
}
