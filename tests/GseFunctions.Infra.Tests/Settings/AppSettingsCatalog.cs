using GseFunctions.Api.Health;
using GseFunctions.Gse;
using GseFunctions.Gse.RateLimiting;
using GseFunctions.Rollouts.Scheduling;
using GseFunctions.Rollouts.Storage;
using GseFunctions.SelfHost.Auth;
using GseFunctions.SelfHost.Configuration;
using GseFunctions.ServiceDefaults.Telemetry;

namespace GseFunctions.Infra.Tests.Settings;

/// <summary>
/// The app settings each host reads, from the code: the options classes it binds (section names from the classes'
/// constants where they declare one) plus a short, documented list of settings a host or SDK reads itself.
/// </summary>
internal sealed class AppSettingsCatalog
{
    /// <summary>Bound by both hosts (AddRollouts binds Rollouts and Schedules by literal name).</summary>
    private static readonly OptionsSection[] SharedOptions =
    [
        new(typeof(GseClientOptions), GseClientOptions.SectionName),
        new(typeof(GseRateLimitOptions), GseRateLimitOptions.SectionName.Replace(":", "__", StringComparison.Ordinal)),
        new(typeof(TelemetryOptions), TelemetryOptions.SectionName),
        new(typeof(HealthOptions), HealthOptions.Section),
        new(typeof(RolloutStorageOptions), "Rollouts"),
        new(typeof(ScheduleOptions), "Schedules"),
    ];

    /// <summary>Read by the Functions host, the Durable extension or an SDK, not bound to one of our options classes.</summary>
    private static readonly Dictionary<string, string> SharedHostSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AzureWebJobsStorage"] = "the storage account as a connection string (local runs, Azurite)",
        ["AzureWebJobsStorage__accountName"] = "identity-based storage (Functions convention): the account",
        ["AzureWebJobsStorage__blobServiceUri"] = "identity-based storage: the blob endpoint instead of the account name",
        ["AzureWebJobsStorage__queueServiceUri"] = "identity-based storage: the queue endpoint",
        ["AzureWebJobsStorage__tableServiceUri"] = "identity-based storage: the table endpoint",
        ["AzureWebJobsStorage__credential"] = "identity-based storage: managedidentity",
        ["AzureWebJobsStorage__clientId"] = "identity-based storage: which user-assigned identity",
        ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "where the Functions host and the Azure Monitor exporter send telemetry",
        ["AZURE_CLIENT_ID"] = "the user-assigned identity DefaultAzureCredential uses",
        ["Gse__RateLimits__*"] = "the GSE request budget of one action (Gse:RateLimits:<Action>), bound by name beside GseRateLimitOptions' own keys",
    };

    /// <summary>Settings whose default exists but does not work in Azure, so the deployment must write them.</summary>
    private static readonly Dictionary<string, string> SharedRequiredInAzure = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Gse__Endpoint"] = "the default is Tencent's public GSE endpoint, which is offline",
        ["AzureWebJobsStorage__accountName"] = "the default is local development storage (Azurite)",
        ["AzureWebJobsStorage__credential"] = "the account refuses shared keys: only the managed identity gets in",
        ["AzureWebJobsStorage__clientId"] = "a user-assigned identity must be named",
    };

    public static AppSettingsCatalog FunctionsApp { get; } = new(
        "the Functions app",
        SharedOptions,
        SharedHostSettings,
        SharedRequiredInAzure);

    public static AppSettingsCatalog SelfHost { get; } = new(
        "the self-host",
        [.. SharedOptions, new(typeof(FunctionKeysOptions), FunctionKeysOptions.Section), new(typeof(PublicUrlOptions), PublicUrlOptions.Section)],
        new Dictionary<string, string>(SharedHostSettings, StringComparer.OrdinalIgnoreCase)
        {
            ["ASPNETCORE_HTTP_PORTS"] = "the port Kestrel listens on in the container",
        },
        new Dictionary<string, string>(SharedRequiredInAzure, StringComparer.OrdinalIgnoreCase)
        {
            ["ASPNETCORE_HTTP_PORTS"] = "the ingress and the probes target the container's port",
            ["Host__PublicBaseUrl"] = "the default is the address it listens on, not the one clients reach",
        });

    private AppSettingsCatalog(string host, IReadOnlyList<OptionsSection> options, IReadOnlyDictionary<string, string> hostSettings, IReadOnlyDictionary<string, string> requiredInAzure)
    {
        Host = host;
        Options = options;
        HostSettings = hostSettings;
        RequiredInAzure = requiredInAzure;
    }

    public string Host { get; }

    public IReadOnlyList<OptionsSection> Options { get; }

    public IReadOnlyDictionary<string, string> HostSettings { get; }

    public IReadOnlyDictionary<string, string> RequiredInAzure { get; }

    public IReadOnlyList<string> Readable => [.. Options.SelectMany(o => o.Keys).Concat(HostSettings.Keys).Distinct(StringComparer.OrdinalIgnoreCase)];

    public IReadOnlyList<string> Required => [.. Options.SelectMany(o => o.RequiredKeys).Concat(RequiredInAzure.Keys).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];

    /// <summary>Whether the host reads the setting (configuration keys are case-insensitive; <c>X__*</c> takes any name under X).</summary>
    public bool Reads(string setting) => Readable.Any(key => key.EndsWith("__*", StringComparison.Ordinal)
        ? setting.StartsWith(key[..^1], StringComparison.OrdinalIgnoreCase) && setting.Length > key.Length - 1
        : string.Equals(key, setting, StringComparison.OrdinalIgnoreCase));
}
