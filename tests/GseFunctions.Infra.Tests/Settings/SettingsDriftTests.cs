using System.Reflection;
using System.Text.RegularExpressions;
using GseFunctions.Api.Routing;
using GseFunctions.Infra.Tests.Bicep;
using GseFunctions.Rollouts.Storage;
using GseFunctions.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Configuration;

namespace GseFunctions.Infra.Tests.Settings;

/// <summary>
/// The settings infra/ deploys each app with (parsed from the built ARM JSON) against the settings the code reads and
/// validates (<see cref="AppSettingsCatalog"/>): nothing written that no code reads, nothing required left out, no
/// secret in plain text.
/// </summary>
[Collection(InfraBuildCollection.Name)]
public sealed partial class SettingsDriftTests(InfraBuild infra)
{
    public static TheoryData<string> Hosts => new(["functions", "selfhost"]);

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Bicep_WritesOnlySettingsTheAppReads(string host)
    {
        var (catalog, settings) = Deployed(host);
        var unread = settings.Select(s => s.Name).Where(n => !catalog.Reads(n)).ToList();
        Assert.True(unread.Count == 0,
            $"infra/ writes settings {catalog.Host} never reads: {string.Join(", ", unread)}. It reads: {string.Join(", ", catalog.Readable.Order(StringComparer.Ordinal))}.");
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Bicep_WritesEverySettingTheAppRequires(string host)
    {
        var (catalog, settings) = Deployed(host);
        var written = settings.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = catalog.Required.Where(r => !written.Contains(r)).ToList();
        Assert.True(missing.Count == 0, $"{catalog.Host} requires settings infra/ does not write: {string.Join(", ", missing)}.");
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Bicep_WritesEachSettingOnce(string host)
    {
        var (_, settings) = Deployed(host);
        var twice = settings.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(twice);
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public void DeployedSettings_PassTheAppsStartUpValidation(string host)
    {
        // What Azure puts in each setting at run time: the literal, or for an expression (a parameter, another
        // resource's output, a Key Vault reference) a value of the shape Azure resolves it to.
        var (catalog, settings) = Deployed(host);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Name.Replace("__", ":", StringComparison.Ordinal), (string?)Resolved(s))))
            .Build();

        var problems = catalog.Options.SelectMany(o => o.Validate(configuration).Messages).ToList();
        var storage = StorageConnection.Read(configuration);
        Assert.True(storage.UsesIdentity, "the deployed storage connection is not identity-based");
        problems.AddRange(storage.Validate(StorageServices.All));
        Assert.True(problems.Count == 0, $"{catalog.Host} would refuse to start with the settings infra/ writes: {string.Join(" ", problems)}");
    }

    [Fact]
    public void FunctionsApp_SecretSettings_AreKeyVaultReferences()
    {
        var (_, settings) = DeployedSettings.FunctionsApp(infra.MainTemplate);
        var secrets = settings.Where(s => IsSecretName(s.Name)).ToList();
        Assert.Contains(secrets, s => s.Name == "Gse__SecretKey");
        foreach (var secret in secrets)
        {
            Assert.True(secret.Value is not null && KeyVaultReference().IsMatch(secret.Value),
                $"{secret.Name} must be a Key Vault reference (@Microsoft.KeyVault(SecretUri=...)), not {secret.Value}");
        }
    }

    [Fact]
    public void SelfHost_SecretSettings_AreContainerAppSecretsFromKeyVault()
    {
        var (_, app, settings) = DeployedSettings.SelfHost(infra.MainTemplate);
        var appSecrets = ArmTemplate.LiteralArray(app["properties"]?["configuration"]?["secrets"], "the Container App's secrets")
            .ToDictionary(s => s!["name"]!.GetValue<string>(), s => s!.AsObject());
        foreach (var (name, secret) in appSecrets)
        {
            Assert.False(secret.ContainsKey("value"), $"Container App secret {name} holds a value; it must come from Key Vault (keyVaultUrl + identity)");
            Assert.True(secret["keyVaultUrl"] is not null && secret["identity"] is not null, $"Container App secret {name} must name keyVaultUrl and identity");
        }

        var secrets = settings.Where(s => IsSecretName(s.Name)).ToList();
        Assert.Equal(["Auth__FunctionKeys__default", "Auth__MasterKey", "Gse__SecretKey"], secrets.Select(s => s.Name).Order(StringComparer.Ordinal));
        foreach (var secret in secrets)
        {
            Assert.True(secret.Value is null && secret.SecretRef is not null && appSecrets.ContainsKey(secret.SecretRef),
                $"{secret.Name} must be a secretRef to a Key Vault secret of the app, not a value");
        }
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public void NoSetting_CarriesASecureParameterOrAnAccountKey(string host)
    {
        var (template, settings) = host == "functions"
            ? DeployedSettings.FunctionsApp(infra.MainTemplate)
            : (DeployedSettings.SelfHost(infra.MainTemplate).Template, DeployedSettings.SelfHost(infra.MainTemplate).Settings);
        var secure = ArmTemplate.SecureParameters(template);
        foreach (var setting in settings.Where(s => s.Value is not null))
        {
            Assert.DoesNotMatch(AccountKey(), setting.Value!);
            foreach (var parameter in secure)
            {
                Assert.DoesNotContain($"parameters('{parameter}')", setting.Value!, StringComparison.OrdinalIgnoreCase);
            }
        }

        // The module takes no secret at all: secrets stay in the Key Vault module.
        Assert.Empty(secure);
    }

    [Fact]
    public void FunctionsApp_WritesNoSettingFlexConsumptionRefuses()
    {
        // Flex Consumption takes the runtime from functionAppConfig and the package from its deployment storage.
        string[] refused = ["FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "WEBSITE_RUN_FROM_PACKAGE", "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", "WEBSITE_CONTENTSHARE", "WEBSITE_NODE_DEFAULT_VERSION"];
        var (_, settings) = DeployedSettings.FunctionsApp(infra.MainTemplate);
        Assert.Empty(settings.Select(s => s.Name).Intersect(refused, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void FunctionsApp_SettingsLiveOnlyInSiteConfig()
    {
        // A sites/config resource would replace or add settings this test does not read.
        Assert.Empty(ArmTemplate.OfType(infra.MainTemplate, "Microsoft.Web/sites/config"));
        Assert.Single(ArmTemplate.OfType(infra.MainTemplate, DeployedSettings.SiteType));
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Settings_HoldTheContractsValues(string host)
    {
        var (_, settings) = Deployed(host);
        var values = settings.ToDictionary(s => s.Name, s => s.Value, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(StorageConnection.ManagedIdentityCredential, values[$"{StorageConnection.DefaultName}__credential"]);
        Assert.Equal(values["AzureWebJobsStorage__clientId"], values["AZURE_CLIENT_ID"]);
        Assert.False(string.IsNullOrEmpty(values["APPLICATIONINSIGHTS_CONNECTION_STRING"]));

        // The exporter named must be one the code knows.
        Assert.Contains(values["Telemetry__Exporter"], Enum.GetNames<TelemetryExporter>());
        Assert.Equal("AzureMonitor", values["Telemetry__Exporter"]);
    }

    [Fact]
    public void SelfHost_PortIngressAndProbes_Agree()
    {
        var (template, app, settings) = DeployedSettings.SelfHost(infra.MainTemplate);
        var variables = template["variables"]!.AsObject();
        int Resolve(string? value) => value is not null && VariableReference().Match(value) is { Success: true } m
            ? variables[m.Groups[1].Value]!.GetValue<int>()
            : int.Parse(value!, System.Globalization.CultureInfo.InvariantCulture);

        var port = settings.Single(s => s.Name == "ASPNETCORE_HTTP_PORTS").Value;
        var listens = port is not null && StringOfVariable().Match(port) is { Success: true } sm ? variables[sm.Groups[1].Value]!.GetValue<int>() : Resolve(port);
        Assert.Equal(listens, Resolve(app["properties"]!["configuration"]!["ingress"]!["targetPort"]!.ToString()));

        var probes = ArmTemplate.LiteralArray(app["properties"]!["template"]!["containers"]![0]!["probes"], "the container's probes");
        var byType = probes.ToDictionary(p => p!["type"]!.GetValue<string>(), p => p!["httpGet"]!);
        Assert.Equal(ApiRoutes.HealthLive.Path, byType["Liveness"]["path"]!.GetValue<string>());
        Assert.Equal(ApiRoutes.HealthReady.Path, byType["Readiness"]["path"]!.GetValue<string>());
        Assert.All(byType.Values, p => Assert.Equal(listens, Resolve(p["port"]!.ToString())));
    }

    [Fact]
    public void Catalog_CoversEveryOptionsClassWithASection()
    {
        // A new options class with a section would otherwise go unchecked.
        var known = AppSettingsCatalog.SelfHost.Options.Select(o => o.Options).ToHashSet();
        var assemblies = known.Select(t => t.Assembly).Append(Assembly.Load("GseFunctions.Functions")).Distinct();
        var withSection = assemblies.SelectMany(a => a.GetExportedTypes())
            .Where(t => t.IsClass && t.Name.EndsWith("Options", StringComparison.Ordinal)
                && t.GetFields(BindingFlags.Public | BindingFlags.Static).Any(f => f.IsLiteral && f.Name is "Section" or "SectionName"))
            .ToList();
        Assert.NotEmpty(withSection);
        Assert.All(withSection, t => Assert.Contains(t, known));
    }

    private (AppSettingsCatalog Catalog, IReadOnlyList<DeployedSetting> Settings) Deployed(string host) => host switch
    {
        "functions" => (AppSettingsCatalog.FunctionsApp, DeployedSettings.FunctionsApp(infra.MainTemplate).Settings),
        "selfhost" => (AppSettingsCatalog.SelfHost, DeployedSettings.SelfHost(infra.MainTemplate).Settings),
        _ => throw new ArgumentOutOfRangeException(nameof(host)),
    };

    private static string Resolved(DeployedSetting setting)
    {
        if (setting.SecretRef is not null || (setting.Value is not null && KeyVaultReference().IsMatch(setting.Value)))
        {
            return "resolved-from-key-vault-" + new string('x', 24);
        }

        if (setting.Value is not null && !setting.IsExpression)
        {
            return setting.Value;
        }

        return setting.Name switch
        {
            "AzureWebJobsStorage__accountName" => "stgseplaceholder",
            "AzureWebJobsStorage__clientId" or "AZURE_CLIENT_ID" => "00000000-0000-0000-0000-000000000001",
            "APPLICATIONINSIGHTS_CONNECTION_STRING" => "InstrumentationKey=00000000-0000-0000-0000-000000000002;IngestionEndpoint=https://example.in.applicationinsights.azure.com/",
            "Gse__Endpoint" => "https://gse.example.com/",
            "Host__PublicBaseUrl" => "https://selfhost.example.com",
            _ => "placeholder",
        };
    }

    /// <summary>A name that says it holds a secret: a key, keys, a token, a password or a secret (Gse__SecretId is an id).</summary>
    private static bool IsSecretName(string name) =>
        name.Split("__").Any(segment => SecretSegment().IsMatch(segment));

    [GeneratedRegex(@"(?i)(key|keys|token|password|secret|pwd)$")]
    private static partial Regex SecretSegment();

    [GeneratedRegex(@"^(@Microsoft\.KeyVault\((SecretUri|VaultName)=|\[format\('@Microsoft\.KeyVault\(SecretUri=\{0\}\)', )")]
    private static partial Regex KeyVaultReference();

    [GeneratedRegex(@"(?i)listKeys\(|listSecrets\(|AccountKey=|SharedAccessSignature=")]
    private static partial Regex AccountKey();

    [GeneratedRegex(@"^\[variables\('([^']+)'\)\]$")]
    private static partial Regex VariableReference();

    [GeneratedRegex(@"^\[string\(variables\('([^']+)'\)\)\]$")]
    private static partial Regex StringOfVariable();
}
