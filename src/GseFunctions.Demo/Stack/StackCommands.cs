using System.Diagnostics;
using System.Globalization;
using GseFunctions.Azurite;
using GseFunctions.Demo.Seeding;

namespace GseFunctions.Demo.Stack;

/// <summary>
/// How each process of the stack is started: Azurite (blob, queue, table; in memory), the local GSE (fast clock) and the
/// self-host, all on 127.0.0.1. Secrets travel in the environment, never on a command line (which <c>ps</c> shows).
/// </summary>
internal static class StackCommands
{
    /// <summary>The local GSE's development credentials (documented defaults, not secrets).</summary>
    public const string GseSecretId = "AKIDLocalGseDevelopmentKey";
    public const string GseSecretKey = "LocalGseDevelopmentSecretKey";

    public const string Region = "ap-shanghai";

    public static string StorageConnectionString(StackPorts ports)
    {
        ArgumentNullException.ThrowIfNull(ports);
        return AzuriteAccount.ConnectionString(ports.Blob, ports.Queue, ports.Table);
    }

    public static ProcessStartInfo Azurite(RepositoryLayout layout, StackPorts ports, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(ports);
        return AzuriteCommand.StartInfo(layout.AzuriteScript, ports.Blob, ports.Queue, ports.Table, workingDirectory);
    }

    public static ProcessStartInfo LocalGse(RepositoryLayout layout, StackPorts ports, double timeScale)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(ports);
        var start = Dotnet(layout.LocalGseFolder, "GseFunctions.Gse.Emulator.dll", LocalGseUri(ports));
        start.Environment["GSE_TIME_SCALE"] = timeScale.ToString(CultureInfo.InvariantCulture);
        start.Environment["GSE_SECRET_ID"] = GseSecretId;
        start.Environment["GSE_SECRET_KEY"] = GseSecretKey;
        // Matches end on their own after a simulated length in this range; the fleets are sized for it.
        start.Environment["LocalGse__Simulation__MatchLengthMin"] = FleetSizing.MatchLengthMin.ToString("c", CultureInfo.InvariantCulture);
        start.Environment["LocalGse__Simulation__MatchLengthMax"] = FleetSizing.MatchLengthMax.ToString("c", CultureInfo.InvariantCulture);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return start;
    }

    public static ProcessStartInfo SelfHost(RepositoryLayout layout, StackPorts ports, StackKeys keys)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(ports);
        ArgumentNullException.ThrowIfNull(keys);
        var start = Dotnet(layout.SelfHostFolder, "GseFunctions.SelfHost.dll", SelfHostUri(ports));
        var environment = start.Environment;
        environment["AzureWebJobsStorage"] = StorageConnectionString(ports);
        environment["Gse__Endpoint"] = LocalGseUri(ports).ToString();
        environment["Gse__Region"] = Region;
        environment["Gse__SecretId"] = GseSecretId;
        environment["Gse__SecretKey"] = GseSecretKey;
        environment["Auth__MasterKey"] = keys.MasterKey;
        environment["Auth__FunctionKeys__" + StackKeys.FunctionKeyName] = keys.FunctionKey;
        // One worker on a fresh, in-memory storage account: one partition, queues polled every second, the partition
        // taken at once; so the rollout reacts within a second instead of the production defaults' tens of seconds.
        environment["AzureFunctionsJobHost__extensions__durableTask__storageProvider__partitionCount"] = "1";
        environment["AzureFunctionsJobHost__extensions__durableTask__storageProvider__maxQueuePollingInterval"] = "00:00:01";
        environment["DurableTask__LeaseInterval"] = "00:00:08";
        environment["DurableTask__LeaseRenewInterval"] = "00:00:02";
        environment["DurableTask__LeaseAcquireInterval"] = "00:00:01";
        environment["DurableTask__ShutdownTimeout"] = "00:00:05";
        environment["Logging__LogLevel__Default"] = "Warning";
        environment["Logging__LogLevel__GseFunctions"] = "Information";
        return start;
    }

    public static Uri LocalGseUri(StackPorts ports)
    {
        ArgumentNullException.ThrowIfNull(ports);
        return new Uri($"http://127.0.0.1:{Text(ports.LocalGse)}/");
    }

    public static Uri SelfHostUri(StackPorts ports)
    {
        ArgumentNullException.ThrowIfNull(ports);
        return new Uri($"http://127.0.0.1:{Text(ports.SelfHost)}/");
    }

    // The content root is the binary's folder, so each app finds its appsettings.json / host.json.
    private static ProcessStartInfo Dotnet(string folder, string dll, Uri url) => new("dotnet")
    {
        ArgumentList = { Path.Combine(folder, dll), "--urls", url.ToString().TrimEnd('/') },
        WorkingDirectory = folder,
        Environment =
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        },
    };

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
