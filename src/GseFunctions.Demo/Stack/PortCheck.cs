using System.Net;
using System.Net.Sockets;

namespace GseFunctions.Demo.Stack;

/// <summary>Checks, before anything starts, that every port of the stack is free on 127.0.0.1.</summary>
internal static class PortCheck
{
    /// <summary>A message naming the first busy port, what it was for and how to free it or choose another; null when all are free.</summary>
    public static string? FirstBusy(StackPorts ports)
    {
        ArgumentNullException.ThrowIfNull(ports);
        foreach (var (port, service, option) in ports.All)
        {
            if (!IsFree(port))
            {
                return $"Port {port} on 127.0.0.1 (for {service}) is already in use. " +
                    $"Free it (see who holds it: `ss -ltnp 'sport = :{port}'` or `lsof -iTCP:{port} -sTCP:LISTEN`; " +
                    $"a previous demo still running? stop it with Ctrl-C) or choose another port with {option}.";
            }
        }

        return null;
    }

    /// <summary>Whether a listener can bind the port on loopback right now.</summary>
    public static bool IsFree(int port)
    {
        try
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            // .NET binds TCP sockets with SO_REUSEADDR on Unix, as Kestrel and node do: a listener makes the port busy, the
            // TIME_WAIT connections a previous run left behind do not.
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            socket.Listen();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
