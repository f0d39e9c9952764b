using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GseFunctions.Infra.Tests.Bicep;

/// <summary>What the issue asks of each resource, read from the built template.</summary>
[Collection(InfraBuildCollection.Name)]
public sealed class InfraResourceTests(InfraBuild infra)
{
    private JsonObject Main => infra.MainTemplate;

    [Fact]
    public void FunctionsApp_RunsDotNetIsolatedOnFlexConsumptionAsTheIdentity()
    {
        var plan = ArmTemplate.Single(Main, "Microsoft.Web/serverfarms").Resource;
        Assert.Equal("FlexConsumption", plan["sku"]!["tier"]!.GetValue<string>());

        var (_, site) = ArmTemplate.Single(Main, DeployedSettings.SiteType);
        var config = site["properties"]!["functionAppConfig"]!;
        Assert.Equal("dotnet-isolated", config["runtime"]!["name"]!.GetValue<string>());
        Assert.Equal("[parameters('runtimeVersion')]", config["runtime"]!["version"]!.GetValue<string>());
        Assert.Equal("[parameters('maximumInstanceCount')]", config["scaleAndConcurrency"]!["maximumInstanceCount"]!.GetValue<string>());
        Assert.Equal("[parameters('instanceMemoryMB')]", config["scaleAndConcurrency"]!["instanceMemoryMB"]!.GetValue<string>());

        var deployment = config["deployment"]!["storage"]!;
        Assert.Equal("blobContainer", deployment["type"]!.GetValue<string>());
        Assert.Equal("UserAssignedIdentity", deployment["authentication"]!["type"]!.GetValue<string>());

        Assert.Equal("UserAssigned", site["identity"]!["type"]!.GetValue<string>());
        Assert.Equal("[parameters('identityId')]", site["properties"]!["keyVaultReferenceIdentity"]!.GetValue<string>());
        Assert.True(site["properties"]!["httpsOnly"]!.GetValue<bool>());
        Assert.Contains("'azd-service-name', 'api'", site["tags"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Storage_RefusesSharedKeysPublicBlobsAndOldTls()
    {
        var account = ArmTemplate.Single(Main, "Microsoft.Storage/storageAccounts").Resource["properties"]!;
        Assert.False(account["allowSharedKeyAccess"]!.GetValue<bool>());
        Assert.False(account["allowBlobPublicAccess"]!.GetValue<bool>());
        Assert.Equal("TLS1_2", account["minimumTlsVersion"]!.GetValue<string>());
        Assert.True(account["supportsHttpsTrafficOnly"]!.GetValue<bool>());
    }

    [Fact]
    public void Identity_HoldsTheDataRolesScopedToTheAccountAndTheVault()
    {
        var (storage, _) = ArmTemplate.Single(Main, "Microsoft.Storage/storageAccounts");
        var storageRoles = ArmTemplate.OfType(storage, "Microsoft.Authorization/roleAssignments").Single();
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('name'))]", storageRoles["scope"]!.GetValue<string>());
        // One assignment per role of the loop's array: Storage Blob Data Owner, Queue Data Contributor, Table Data Contributor.
        var roles = Regex.Matches(storageRoles["copy"]!["count"]!.GetValue<string>(), @"variables\('([^']+)'\)")
            .Select(m => storage["variables"]![m.Groups[1].Value]!.GetValue<string>())
            .ToHashSet();
        Assert.Equal(new HashSet<string>(["b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "974c5e8b-45b9-4653-ba55-5f855dd0fb88", "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3"]), roles);

        var (vaultTemplate, vault) = ArmTemplate.Single(Main, "Microsoft.KeyVault/vaults");
        Assert.True(vault["properties"]!["enableRbacAuthorization"]!.GetValue<bool>());
        var vaultRole = ArmTemplate.OfType(vaultTemplate, "Microsoft.Authorization/roleAssignments").Single();
        Assert.Equal("[resourceId('Microsoft.KeyVault/vaults', parameters('name'))]", vaultRole["scope"]!.GetValue<string>());
        Assert.Equal("4633458b-17de-408a-b874-0445c86b69e6", vaultTemplate["variables"]!["keyVaultSecretsUser"]!.GetValue<string>()); // Key Vault Secrets User
        Assert.Contains("variables('keyVaultSecretsUser')", vaultRole["properties"]!["roleDefinitionId"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void KeyVault_SecretNames_MapToSettingsTheSelfHostReads()
    {
        // Key Vault secret names cannot hold ':' or '_': '--' stands for the section separator.
        var names = ArmTemplate.OfType(Main, "Microsoft.KeyVault/vaults/secrets")
            .Select(s => Regex.Match(s["name"]!.GetValue<string>(), @"'([A-Za-z0-9-]+)'\)\]$").Groups[1].Value)
            .ToList();
        Assert.Contains("Gse--SecretKey", names);
        Assert.All(names, n => Assert.True(Settings.AppSettingsCatalog.SelfHost.Reads(n.Replace("--", "__", StringComparison.Ordinal)), $"Key Vault secret {n} maps to no setting the code reads"));
    }

    [Fact]
    public void SelfHost_KeepsAtLeastOneReplica()
    {
        var (template, app) = ArmTemplate.Single(Main, DeployedSettings.ContainerAppType);
        Assert.Equal("[parameters('minReplicas')]", app["properties"]!["template"]!["scale"]!["minReplicas"]!.GetValue<string>());
        Assert.True(template["parameters"]!["minReplicas"]!["minValue"]!.GetValue<int>() >= 1);
        Assert.True(Main["parameters"]!["selfHostMinReplicas"]!["minValue"]!.GetValue<int>() >= 1);
        Assert.True(app["properties"]!["configuration"]!["ingress"]!["external"]!.GetValue<bool>());
    }

    [Fact]
    public void Main_OutputsWhatAReleasePipelineNeeds()
    {
        var outputs = Main["outputs"]!.AsObject();
        Assert.Subset(outputs.Select(o => o.Key).ToHashSet(),
            new HashSet<string>(["functionAppUrl", "functionAppName", "resourceGroupName", "storageAccountName", "keyVaultName", "identityClientId", "selfHostUrl"]));
        Assert.Equal("securestring", Main["parameters"]!["gseSecretKey"]!["type"]!.GetValue<string>());
    }
}
