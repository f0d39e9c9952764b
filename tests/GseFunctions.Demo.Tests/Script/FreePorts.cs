using System.Net;
using System.Net.Sockets;

namespace GseFunctions.Demo.Tests.Script;

/// <summary>Loopback ports free right now, distinct from each other.</summary>
internal static class FreePorts
{
    public static int[] Take(int count)
    {
        // All listeners open together so the ports differ; the OS does not hand them out again at once.
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }

    /// <summary>The demo's port options for five free ports: self-host, Azurite (blob, queue, table), local GSE.</summary>
    public static string[] DemoArguments(int[] ports) =>
    [
        "--port", ports[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--azurite-ports", string.Join(',', ports[1..4]),
        "--gse-port", ports[4].ToString(System.Globalization.CultureInfo.InvariantCulture),
    ];
}
