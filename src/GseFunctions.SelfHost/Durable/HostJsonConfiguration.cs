using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;

namespace GseFunctions.SelfHost.Durable;

/// <summary>
/// Puts host.json under the app's configuration, lowest in priority, followed by the Functions host's
/// <c>AzureFunctionsJobHost__</c> environment overrides; the app's own sources (appsettings, environment, command
/// line) still override both, so <c>extensions__durableTask__hubName</c> works too.
/// </summary>
internal static class HostJsonConfiguration
{
    public static void Add(IConfigurationManager configuration, string contentRoot)
    {
        var path = configuration[DurableBackendConfigurationKeys.HostJsonPath];
        path = string.IsNullOrWhiteSpace(path) ? "host.json" : path;
        var fullPath = Path.GetFullPath(path, contentRoot);
        var json = new JsonConfigurationSource { Path = fullPath, Optional = true, ReloadOnChange = false };
        json.ResolveFileProvider();
        var prefixed = new EnvironmentVariablesConfigurationSource { Prefix = DurableBackendConfigurationKeys.FunctionsHostEnvironmentPrefix };
        configuration.Sources.Insert(0, prefixed);
        configuration.Sources.Insert(0, json);
    }
}
