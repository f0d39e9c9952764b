using System.Text.Json.Nodes;
using GseFunctions.Testing;

namespace GseFunctions.Infra.Tests.Bicep;

/// <summary>
/// Builds and lints everything under infra/ once for the tests that share it: every .bicep file (main.bicep and each
/// module), every .bicepparam file. Four CLI runs at once, since each spends most of its time starting up.
/// </summary>
public sealed class InfraBuild : IAsyncLifetime, IDisposable
{
    /// <summary>
    /// What the parameter files read with readEnvironmentVariable: placeholders, as a pipeline would export them (the
    /// files do not build without them, by design: a missing GSE key must stop the deployment, not deploy an empty one).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ParameterEnvironment = new Dictionary<string, string>
    {
        ["AZURE_ENV_NAME"] = "ci",
        ["GSE_ENDPOINT"] = "https://gse.example.invalid/",
        ["GSE_REGION"] = "ap-shanghai",
        ["GSE_SECRET_ID"] = "AKIDplaceholder",
        ["GSE_SECRET_KEY"] = "placeholder-secret-key",
        ["SELFHOST_IMAGE"] = "registry.example.invalid/gsefunctions-selfhost:ci",
        ["SELFHOST_REGISTRY"] = "registry.example.invalid",
        ["SELFHOST_MASTER_KEY"] = new string('m', 40),
        ["SELFHOST_FUNCTION_KEY"] = new string('f', 40),
    };

    private readonly string _output = Path.Combine(Path.GetTempPath(), "gsefunctions-infra-" + Guid.NewGuid().ToString("N"));

    public static string InfraDirectory { get; } = Path.Combine(RepositoryPaths.Root, "infra");

    /// <summary>Every .bicep file under infra/, relative to it with '/' separators.</summary>
    public static IReadOnlyList<string> BicepFiles { get; } = Relative("*.bicep");

    /// <summary>Every .bicepparam file under infra/.</summary>
    public static IReadOnlyList<string> ParameterFiles { get; } = Relative("*.bicepparam");

    public BicepRun Build { get; private set; } = null!;

    public BicepRun BuildParameters { get; private set; } = null!;

    public BicepRun Lint { get; private set; } = null!;

    public string TemplatesDirectory => Path.Combine(_output, "templates");

    public string ParametersDirectory => Path.Combine(_output, "parameters");

    /// <summary>The ARM JSON built from infra/main.bicep (modules inlined as nested deployments).</summary>
    public JsonObject MainTemplate { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var build = BicepCli.RunAsync(RepositoryPaths.Root, ["build", "--pattern", "infra/**/*.bicep", "--outdir", TemplatesDirectory]);
        var buildParameters = BicepCli.RunAsync(RepositoryPaths.Root, ["build-params", "--pattern", "infra/**/*.bicepparam", "--outdir", ParametersDirectory], ParameterEnvironment);
        var lint = BicepCli.RunAsync(RepositoryPaths.Root, ["lint", "--pattern", "infra/**/*.bicep*"], ParameterEnvironment);
        Build = await build;
        BuildParameters = await buildParameters;
        Lint = await lint;
        var main = Path.Combine(TemplatesDirectory, "main.json");
        MainTemplate = File.Exists(main)
            ? JsonNode.Parse(await File.ReadAllTextAsync(main))!.AsObject()
            : throw new InvalidOperationException($"bicep build wrote no main.json: {string.Join(Environment.NewLine, Build.Problems)}");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    private static List<string> Relative(string pattern) =>
        [.. Directory.EnumerateFiles(InfraDirectory, pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(InfraDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
}

[CollectionDefinition(Name)]
public sealed class InfraBuildCollection : ICollectionFixture<InfraBuild>
{
    public const string Name = "infra build";
}
