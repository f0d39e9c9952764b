namespace GseFunctions.Demo.Stack;

/// <summary>
/// Azurite, the local GSE and the self-host as child processes on 127.0.0.1, started in that order and each waited for.
/// Disposing the stack kills them all (last started first) and removes Azurite's temporary folder, so the ports are free
/// again and a second run starts clean (storage is in memory; the local GSE keeps no state).
/// </summary>
internal sealed class LocalStack : IStackProcesses
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly List<ChildProcess> _processes = [];
    private readonly string _azuriteFolder;

    private LocalStack(StackPorts ports, StackKeys keys, string azuriteFolder)
    {
        Ports = ports;
        Keys = keys;
        _azuriteFolder = azuriteFolder;
    }

    public StackPorts Ports { get; }

    public StackKeys Keys { get; }

    /// <summary>The self-host's base address, e.g. <c>http://127.0.0.1:7071/</c>.</summary>
    public Uri SelfHostUri => StackCommands.SelfHostUri(Ports);

    public Uri LocalGseUri => StackCommands.LocalGseUri(Ports);

    public IReadOnlyList<ChildProcess> Processes => _processes;

    /// <summary>Starts the three processes, reporting one line per step to <paramref name="progress"/>; on any failure stops what was started and throws.</summary>
    /// <exception cref="StackStartException">A process exited or did not get ready in time.</exception>
    /// <exception cref="OperationCanceledException">Cancelled (Ctrl-C); what was started is stopped.</exception>
    public static async Task<LocalStack> StartAsync(RepositoryLayout layout, StackPorts ports, StackKeys keys, double timeScale, Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(progress);
        var folder = Directory.CreateTempSubdirectory("gsefunctions-demo-azurite-").FullName;
        var stack = new LocalStack(ports, keys, folder);
        try
        {
            // Azurite and the local GSE do not depend on each other: they start together.
            var azurite = stack.Start("Azurite", StackCommands.Azurite(layout, ports, folder));
            var gse = stack.Start("local GSE", StackCommands.LocalGse(layout, ports, timeScale));
            await Readiness.AllAsync(
                cancellationToken,
                ct => Readiness.PortsAsync(azurite, [ports.Blob, ports.Queue, ports.Table], StartTimeout, ct),
                ct => Readiness.HttpOkAsync(gse, new Uri(stack.LocalGseUri, "_emulator/health"), StartTimeout, ct));
            progress($"Azurite (in memory): blob {ports.Blob}, queue {ports.Queue}, table {ports.Table}");
            progress($"Local GSE: {stack.LocalGseUri} (simulated clock {timeScale}x)");

            var selfHost = stack.Start("self-host", StackCommands.SelfHost(layout, ports, keys));
            await Readiness.HttpOkAsync(selfHost, new Uri(stack.SelfHostUri, "api/health"), StartTimeout, cancellationToken);
            progress($"Self-host: {stack.SelfHostUri} (rollout worker on Azurite, HTTP API)");
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    /// <summary>Writes the state and last output of each process that has exited, or of all when none has.</summary>
    public void Report(TextWriter output)
    {
        var exited = _processes.Where(p => p.HasExited).ToList();
        foreach (var process in exited.Count > 0 ? exited : _processes)
        {
            process.Report(output);
        }
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _processes.Count - 1; i >= 0; i--)
        {
            await _processes[i].DisposeAsync();
        }

        try
        {
            Directory.Delete(_azuriteFolder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private ChildProcess Start(string name, System.Diagnostics.ProcessStartInfo start)
    {
        var process = ChildProcess.Start(name, start);
        _processes.Add(process);
        return process;
    }
}
