using System.Text.Json.Nodes;

namespace GseFunctions.Infra.Tests.Bicep;

/// <summary>infra/ builds and lints clean: every .bicep and .bicepparam file, and a warning fails like an error.</summary>
[Collection(InfraBuildCollection.Name)]
public sealed class BicepBuildTests(InfraBuild infra)
{
    [Fact]
    public void Infra_HasTheEntryFileModulesAndParameterFiles()
    {
        Assert.Contains("main.bicep", InfraBuild.BicepFiles);
        Assert.Superset(
            new HashSet<string>(["modules/containerapp.bicep", "modules/functionapp.bicep", "modules/identity.bicep", "modules/keyvault.bicep", "modules/monitoring.bicep", "modules/storage.bicep"]),
            InfraBuild.BicepFiles.ToHashSet());
        Assert.Equal(["main.bicepparam", "main.dev.bicepparam", "main.prod.bicepparam"], InfraBuild.ParameterFiles);
    }

    [Fact]
    public void Build_EveryBicepFile_WithoutAnyWarning()
    {
        Assert.Empty(infra.Build.Problems);
        foreach (var file in InfraBuild.BicepFiles)
        {
            var json = Path.Combine(infra.TemplatesDirectory, Path.ChangeExtension(file, ".json"));
            Assert.True(File.Exists(json), $"bicep build wrote no {json} for {file}");
            var schema = JsonNode.Parse(File.ReadAllText(json))!["$schema"]!.GetValue<string>();
            Assert.EndsWith("deploymentTemplate.json#", schema, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void BuildParams_EveryParameterFile_WithoutAnyWarning()
    {
        Assert.Empty(infra.BuildParameters.Problems);
        foreach (var file in InfraBuild.ParameterFiles)
        {
            var json = Path.Combine(infra.ParametersDirectory, Path.ChangeExtension(file, ".json"));
            Assert.True(File.Exists(json), $"bicep build-params wrote no {json} for {file}");
            var parameters = JsonNode.Parse(File.ReadAllText(json))!["parameters"]!.AsObject();
            Assert.True(parameters.ContainsKey("gseEndpoint"), $"{file} sets no gseEndpoint");
        }
    }

    [Fact]
    public void Lint_EveryFile_WithoutAnyWarning() => Assert.Empty(infra.Lint.Problems);
}
