using System.Net;
using System.Net.Sockets;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Testing;

namespace GseFunctions.Testing;

/// <summary>
/// Starts Microsoft's in-memory Durable Task test host on a safe port. Left to itself it picks a random port in
/// 30000-40000 on "localhost", which overlaps the ephemeral ports other test servers get from the OS; if another
/// process holds the port on one loopback family, Kestrel binds the other and the worker can end up talking to the
/// wrong server. Here the port comes from 20000-29999 (below the ephemeral range), is checked free on both 127.0.0.1
/// and ::1, and a start that still loses the race is retried.
/// </summary>
public static class InMemoryDurableHost
{
    public static async Task<DurableTaskTestHost> StartAsync(Action<DurableTaskRegistry> registry, DurableTaskTestHostOptions? options = null)
    {
        options ??= new DurableTaskTestHostOptions();
        for (var attempt = 1; ; attempt++)
        {
            options.Port = PickPort();
            try
            {
                return await DurableTaskTestHost.StartAsync(registry, options);
            }
            catch (IOException) when (attempt < 5)
            {
                // Address in use: someone took the port between the check and the bind.
            }
        }
    }

    private static int PickPort()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var port = Random.Shared.Next(20000, 30000);
            if (IsFree(IPAddress.Loopback, port) && IsFree(IPAddress.IPv6Loopback, port))
            {
                return port;
            }
        }

        throw new InvalidOperationException("No free port in 20000-29999 for the Durable test host.");
    }

    private static bool IsFree(IPAddress address, int port)
    {
        try
        {
            var listener = new TcpListener(address, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
