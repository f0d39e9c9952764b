using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using GseFunctions.Azurite;

namespace GseFunctions.Testing;

/// <summary>
/// Azurite (blob, queue and table) from the repository's npm package, in memory, on free loopback ports so
/// several fixtures can run at once (<see cref="AzuriteCommand"/>). Disposing it kills the process tree.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    /// <summary>The well-known development account key (<see cref="AzuriteAccount.Key"/>; public, not a secret).</summary>
    public const string AccountKey = AzuriteAccount.Key;

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private readonly string _location;

    private AzuriteServer(Process process, string location, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        _location = location;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    /// <summary>An explicit connection string for this instance (account devstoreaccount1).</summary>
    public string ConnectionString => AzuriteAccount.ConnectionString(BlobPort, QueuePort, TablePort);

    /// <summary>What Azurite wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts Azurite and waits until its three ports accept connections.</summary>
    /// <param name="timeout">How long to wait. Default 30 seconds.</param>
    /// <exception cref="InvalidOperationException">Azurite is not installed, exited, or did not listen in time.</exception>
    public static async Task<AzuriteServer> StartAsync(TimeSpan? timeout = null)
    {
        var script = AzuriteCommand.ScriptPath(RepositoryPaths.Root);
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"Azurite is not installed ({script} is missing); run: npm ci --prefix tools/azurite");
        }

        // The ports are free when picked but only taken when node binds them; a test server started in between (the
        // classes run in parallel, each with its own Kestrel and gRPC ports) can take one. Azurite then exits with
        // EADDRINUSE: pick new ports and start again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnFreePortsAsync(script, timeout);
            }
            catch (InvalidOperationException e) when (attempt < 5 && e.Message.Contains("EADDRINUSE", StringComparison.Ordinal))
            {
            }
        }
    }

    private static async Task<AzuriteServer> StartOnFreePortsAsync(string script, TimeSpan? timeout)
    {
        var ports = FreePorts(3);
        var location = Path.Combine(Path.GetTempPath(), "azurite-" + Guid.NewGuid().ToString("N"));
        var start = AzuriteCommand.StartInfo(script, ports[0], ports[1], ports[2], Directory.CreateDirectory(location).FullName);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        var server = new AzuriteServer(process, location, ports[0], ports[1], ports[2]);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitListeningAsync(timeout ?? TimeSpan.FromSeconds(30));
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ChildProcess.KillTreeAndDisposeAsync(_process);
        try
        {
            Directory.Delete(_location, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitListeningAsync(TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            while (true)
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} while starting. Output:{Environment.NewLine}{Output}");
                }

                if (stopwatch.Elapsed > timeout)
                {
                    throw new InvalidOperationException($"Azurite did not listen on port {port} within {timeout}. Output:{Environment.NewLine}{Output}");
                }

                if (await AcceptsAsync(port))
                {
                    break;
                }

                await Task.Delay(50);
            }
        }
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int[] FreePorts(int count)
    {
        // Hold all listeners open together so the ports differ; the OS does not hand them out again at once.
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
}
