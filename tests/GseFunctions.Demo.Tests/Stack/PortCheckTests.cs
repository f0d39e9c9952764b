using System.Net;
using System.Net.Sockets;
using GseFunctions.Demo.Stack;

namespace GseFunctions.Demo.Tests.Stack;

public sealed class PortCheckTests
{
    [Fact]
    public void FirstBusy_AListenerOnTheAzuriteQueuePort_NamesPortServiceAndOption()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var busy = ((IPEndPoint)holder.LocalEndpoint).Port;
        var free = Tests.Script.FreePorts.Take(4);

        var message = PortCheck.FirstBusy(new StackPorts(free[0], free[1], busy, free[2], free[3]));

        Assert.NotNull(message);
        Assert.StartsWith($"Port {busy} on 127.0.0.1 (for Azurite queue) is already in use.", message);
        Assert.Contains("--azurite-ports B,Q,T", message);
        Assert.Contains($"ss -ltnp 'sport = :{busy}'", message);
    }

    [Fact]
    public void FirstBusy_AllFree_Null()
    {
        var free = Tests.Script.FreePorts.Take(5);

        Assert.Null(PortCheck.FirstBusy(new StackPorts(free[0], free[1], free[2], free[3], free[4])));
    }
}
