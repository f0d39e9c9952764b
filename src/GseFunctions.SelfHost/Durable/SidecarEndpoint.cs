using System.Net.Sockets;
using Grpc.Net.Client;

namespace GseFunctions.SelfHost.Durable;

/// <summary>
/// Where the in-process gRPC sidecar listens (a Unix domain socket, so it never touches the app's own URLs) and
/// the one channel the worker and the client share to reach it.
/// </summary>
internal sealed class SidecarEndpoint : IDisposable
{
    public SidecarEndpoint(string socketPath)
    {
        SocketPath = socketPath;
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = ConnectAsync,
            EnableMultipleHttp2Connections = true,
        };
        Channel = GrpcChannel.ForAddress("http://localhost", new GrpcChannelOptions
        {
            HttpHandler = handler,
            DisposeHttpClient = true,
            MaxReceiveMessageSize = null,
        });
    }

    public string SocketPath { get; }

    public GrpcChannel Channel { get; }

    /// <summary>A fresh socket path under the temp folder (short enough for the 108-byte limit on Linux).</summary>
    public static string NewSocketPath() => Path.Combine(Path.GetTempPath(), $"gsef-{Guid.NewGuid():N}.sock");

    public void Dispose() => Channel.Dispose();

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(SocketPath), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
