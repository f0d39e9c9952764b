using System.Reflection;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using GseFunctions.Testing;

namespace GseFunctions.Infra.Tests;

/// <summary>azure.yaml (what <c>azd up</c> reads) names infra/ and the Functions project of the solution.</summary>
public sealed partial class AzureYamlTests
{
    private static readonly string AzureYaml = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "azure.yaml"));

    [Fact]
    public void Infra_IsTheBicepFolder()
    {
        var infra = Block("infra");
        Assert.Equal("bicep", Value(infra, "provider"));
        Assert.Equal("infra", Value(infra, "path"));
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "infra", Value(infra, "module") + ".bicep")));
        // azd reads <module>.bicepparam beside it.
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "infra", Value(infra, "module") + ".bicepparam")));
    }

    [Fact]
    public void ApiService_IsTheFunctionsProjectOfTheSolution()
    {
        var api = Block("api", indent: 2);
        Assert.Equal("dotnet", Value(api, "language"));
        Assert.Equal("function", Value(api, "host"));

        var folder = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, Value(api, "project")));
        Assert.True(Directory.Exists(folder), $"azure.yaml's api project {folder} does not exist");
        var project = Assert.Single(Directory.GetFiles(folder, "*.csproj"));
        Assert.Equal("GseFunctions.Functions.csproj", Path.GetFileName(project));
        var xml = XDocument.Load(project);
        Assert.Equal("v4", xml.Descendants("AzureFunctionsVersion").Single().Value);

        // It is built with the solution (this test project references it, so its assembly is here).
        var solution = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "GseFunctions.sln"));
        Assert.Contains(Path.GetRelativePath(RepositoryPaths.Root, project).Replace('/', '\\'), solution, StringComparison.Ordinal);
        Assert.NotNull(Assembly.Load("GseFunctions.Functions"));
    }

    [Fact]
    public void RuntimeVersion_DefaultsToTheFrameworkTheFunctionsAppTargets()
    {
        var framework = Assembly.Load("GseFunctions.Functions").GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;
        var version = new System.Runtime.Versioning.FrameworkName(framework).Version;
        var main = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "infra", "main.bicep"));
        var match = RuntimeVersionDefault().Match(main);
        Assert.True(match.Success, "infra/main.bicep declares no runtimeVersion parameter with a default");
        Assert.Equal($"{version.Major}.{version.Minor}", match.Groups[1].Value);
    }

    /// <summary>The lines under <c>name:</c> (a two-level YAML map is all azure.yaml holds).</summary>
    private static string Block(string name, int indent = 0)
    {
        var lines = AzureYaml.Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimEnd() == new string(' ', indent) + name + ":");
        Assert.True(start >= 0, $"azure.yaml has no {name}: block");
        return string.Join('\n', lines.Skip(start + 1).TakeWhile(l => l.Length == 0 || l.StartsWith(new string(' ', indent + 2), StringComparison.Ordinal)));
    }

    private static string Value(string block, string key)
    {
        var match = Regex.Match(block, $@"^\s+{Regex.Escape(key)}:\s*(\S+)\s*$", RegexOptions.Multiline);
        Assert.True(match.Success, $"no {key}: in\n{block}");
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"^param runtimeVersion string = '([^']+)'", RegexOptions.Multiline)]
    private static partial Regex RuntimeVersionDefault();
}
