using System.Diagnostics;
using System.Globalization;

namespace GseFunctions.Azurite;

/// <summary>
/// How the repository starts Azurite: the npm package pinned in <c>tools/azurite</c>, run by node, with blob, queue and
/// table in memory on 127.0.0.1; no access log and no telemetry; without its API-version check (the Azure SDKs here may
/// be newer than it) and in loose mode (headers and parameters it does not know are ignored rather than refused).
/// </summary>
public static class AzuriteCommand
{
    /// <summary>Azurite's entry script below the repository root (there after <c>npm ci --prefix tools/azurite</c>).</summary>
    /// <param name="repositoryRoot">The folder holding GseFunctions.sln.</param>
    /// <returns>The script's path.</returns>
    public static string ScriptPath(string repositoryRoot) =>
        Path.Combine(repositoryRoot, "tools", "azurite", "node_modules", "azurite", "dist", "src", "azurite.js");

    /// <summary>
    /// Starts Azurite on these ports; the caller decides about output redirection. In memory, but Azurite may still write
    /// debug or lock files into its working folder, so give it a temporary one.
    /// </summary>
    /// <param name="script">Azurite's entry script (<see cref="ScriptPath"/>).</param>
    /// <param name="blobPort">The blob service's port.</param>
    /// <param name="queuePort">The queue service's port.</param>
    /// <param name="tablePort">The table service's port.</param>
    /// <param name="workingDirectory">Azurite's working folder.</param>
    /// <returns>The start info.</returns>
    public static ProcessStartInfo StartInfo(string script, int blobPort, int queuePort, int tablePort, string workingDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(script);
        ArgumentException.ThrowIfNullOrEmpty(workingDirectory);
        return new ProcessStartInfo("node")
        {
            ArgumentList =
            {
                script, "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry", "--silent", "--loose",
                "--blobHost", "127.0.0.1", "--blobPort", Text(blobPort),
                "--queueHost", "127.0.0.1", "--queuePort", Text(queuePort),
                "--tableHost", "127.0.0.1", "--tablePort", Text(tablePort),
            },
            WorkingDirectory = workingDirectory,
        };
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
