using System.Globalization;
using GseFunctions.Demo.Stack;

namespace GseFunctions.Demo.Drill;

/// <summary>
/// The drill's processes: Azurite and the local GSE as <see cref="LocalStack"/> starts them (with the quotas raised for
/// many aliases), and two or three self-host workers sharing one task hub on that storage account. The workers' Durable
/// settings favour fast takeover after a kill: 4 partitions (so work spreads over the workers), leases of 8 s renewed
/// every 2 s, queue messages a dead worker had taken visible again after 20 s. Disposing stops everything.
/// </summary>
internal sealed class DrillStack : IStackProcesses
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly List<ChildProcess> _services = [];
    private readonly string _azuriteFolder;

    private DrillStack(DrillOptions options, StackKeys keys, string azuriteFolder, IReadOnlyList<DrillWorker> workers)
    {
        Options = options;
        Keys = keys;
        _azuriteFolder = azuriteFolder;
        Workers = workers;
    }

    public DrillOptions Options { get; }

    public StackKeys Keys { get; }

    public IReadOnlyList<DrillWorker> Workers { get; }

    public Uri LocalGseUri => StackCommands.LocalGseUri(Options.Ports);

    public string StorageConnectionString => StackCommands.StorageConnectionString(Options.Ports);

    /// <exception cref="StackStartException">A process exited or did not get ready in time.</exception>
    public static async Task<DrillStack> StartAsync(RepositoryLayout layout, DrillOptions options, StackKeys keys, Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        var folder = Directory.CreateTempSubdirectory("gsefunctions-drill-azurite-").FullName;
        var workers = options.AllPorts.Select((ports, i) => new DrillWorker(i + 1, StackCommands.SelfHostUri(ports), WorkerCommand(layout, ports, keys))).ToList();
        var stack = new DrillStack(options, keys, folder, workers);
        try
        {
            var ports = options.Ports;
            var azurite = stack.Service("Azurite", StackCommands.Azurite(layout, ports, folder));
            var gse = stack.Service("local GSE", LocalGseCommand(layout, options));
            await Readiness.AllAsync(
                cancellationToken,
                ct => Readiness.PortsAsync(azurite, [ports.Blob, ports.Queue, ports.Table], StartTimeout, ct),
                ct => Readiness.HttpOkAsync(gse, new Uri(stack.LocalGseUri, "_emulator/health"), StartTimeout, ct));
            progress($"Azurite (in memory): blob {ports.Blob}, queue {ports.Queue}, table {ports.Table}; local GSE {stack.LocalGseUri} (clock {options.TimeScale}x)");

            // One at a time: the first creates the task hub's tables, queues and partitions; the others join it.
            foreach (var worker in workers)
            {
                await worker.StartAsync(cancellationToken);
            }

            progress($"{workers.Count} self-host workers on one task hub: {string.Join(", ", workers.Select(w => w.BaseUri.ToString().TrimEnd('/')))}");
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    /// <summary>The state and last output of each process that has exited, or of all when none has.</summary>
    public void Report(TextWriter output)
    {
        var all = _services.Concat(Workers.Select(w => w.Process).OfType<ChildProcess>()).ToList();
        var exited = all.Where(p => p.HasExited).ToList();
        foreach (var process in exited.Count > 0 ? exited : all)
        {
            process.Report(output);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in Workers)
        {
            await worker.DisposeAsync();
        }

        for (var i = _services.Count - 1; i >= 0; i--)
        {
            await _services[i].DisposeAsync();
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

    private static System.Diagnostics.ProcessStartInfo LocalGseCommand(RepositoryLayout layout, DrillOptions options)
    {
        var start = StackCommands.LocalGse(layout, options.Ports, options.TimeScale);
        var env = start.Environment;
        // Two fleets per alias (and the copies rollouts make) stay far within these; GSE's real quotas are raised on request too.
        env["LocalGse__Simulation__FleetQuota"] = "2000";
        env["LocalGse__Simulation__AliasQuota"] = "1000";
        env["LocalGse__Simulation__InstanceQuota"] = "5000";
        env["LocalGse__Simulation__RandomSeed"] = (options.Seed ?? 0).ToString(CultureInfo.InvariantCulture);
        return start;
    }

    private static System.Diagnostics.ProcessStartInfo WorkerCommand(RepositoryLayout layout, StackPorts ports, StackKeys keys)
    {
        var start = StackCommands.SelfHost(layout, ports, keys);
        var env = start.Environment;
        const string provider = "AzureFunctionsJobHost__extensions__durableTask__storageProvider__";
        env[provider + "partitionCount"] = "4";
        env[provider + "controlQueueVisibilityTimeout"] = "00:00:20";
        env[provider + "workItemQueueVisibilityTimeout"] = "00:00:20";
        return start;
    }

    private ChildProcess Service(string name, System.Diagnostics.ProcessStartInfo start)
    {
        var process = ChildProcess.Start(name, start);
        _services.Add(process);
        return process;
    }
}
