using System.Text.Json.Nodes;

namespace GseFunctions.Infra.Tests.Bicep;

/// <summary>The settings each app is deployed with, read from the ARM JSON built from infra/main.bicep.</summary>
internal static class DeployedSettings
{
    public const string SiteType = "Microsoft.Web/sites";
    public const string ContainerAppType = "Microsoft.App/containerApps";

    /// <summary>The Functions app's <c>siteConfig.appSettings</c>, with the template that declares the site.</summary>
    public static (JsonObject Template, IReadOnlyList<DeployedSetting> Settings) FunctionsApp(JsonObject main)
    {
        var (template, site) = ArmTemplate.Single(main, SiteType);
        var settings = ArmTemplate.LiteralArray(site["properties"]?["siteConfig"]?["appSettings"], "the Functions app's siteConfig.appSettings")
            .Select(s => new DeployedSetting(s!["name"]!.GetValue<string>(), Text(s["value"]), null))
            .ToList();
        return (template, settings);
    }

    /// <summary>The self-host Container App's environment variables (every container's).</summary>
    public static (JsonObject Template, JsonObject App, IReadOnlyList<DeployedSetting> Settings) SelfHost(JsonObject main)
    {
        var (template, app) = ArmTemplate.Single(main, ContainerAppType);
        var settings = ArmTemplate.LiteralArray(app["properties"]?["template"]?["containers"], "the Container App's containers")
            .SelectMany(c => ArmTemplate.LiteralArray(c!["env"], "a container's env"))
            .Select(e => new DeployedSetting(e!["name"]!.GetValue<string>(), Text(e["value"]), e["secretRef"]?.GetValue<string>()))
            .ToList();
        return (template, app, settings);
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node?.ToJsonString();
}
