using GseFunctions.Azurite;

namespace GseFunctions.Demo.Stack;

/// <summary>Where the demo finds what it starts: the built local GSE and self-host, and Azurite from npm.</summary>
internal sealed class RepositoryLayout
{
    private RepositoryLayout(string root, string configuration)
    {
        Root = root;
        Configuration = configuration;
    }

    /// <summary>The folder holding GseFunctions.sln.</summary>
    public string Root { get; }

    public string Configuration { get; }

    public string AzuriteScript => AzuriteCommand.ScriptPath(Root);

    public string LocalGseFolder => Output("GseFunctions.Gse.Emulator");

    public string SelfHostFolder => Output("GseFunctions.SelfHost");

    /// <summary>The repository above the demo's own binary, for the given build configuration.</summary>
    /// <exception cref="InvalidOperationException">The demo does not run from a clone of the repository.</exception>
    public static RepositoryLayout Locate(string configuration)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GseFunctions.sln")))
            {
                return new RepositoryLayout(dir.FullName, configuration);
            }
        }

        throw new InvalidOperationException("Run the demo from a clone of the repository (GseFunctions.sln not found): ./scripts/demo.sh");
    }

    /// <summary>What is missing to start the stack, or null.</summary>
    public string? Missing()
    {
        if (!File.Exists(AzuriteScript))
        {
            return $"Azurite is not installed ({AzuriteScript}); run: npm ci --prefix tools/azurite (scripts/demo.sh does it).";
        }

        foreach (var (folder, name) in new[] { (LocalGseFolder, "GseFunctions.Gse.Emulator"), (SelfHostFolder, "GseFunctions.SelfHost") })
        {
            if (!File.Exists(Path.Combine(folder, name + ".dll")))
            {
                return $"{name} is not built for {Configuration} ({folder}); run scripts/demo.sh, which builds it.";
            }
        }

        return null;
    }

    private string Output(string project) => Path.Combine(Root, "src", project, "bin", Configuration, "net10.0");
}
