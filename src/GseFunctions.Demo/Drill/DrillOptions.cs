using System.Globalization;
using GseFunctions.Demo.Stack;

namespace GseFunctions.Demo.Drill;

/// <summary>The drill's command line (<c>scripts/drill.sh [options]</c>), parsed.</summary>
internal sealed record DrillOptions
{
    public const string Usage =
        """
        Usage: scripts/drill.sh [options]
          Brings up Azurite, the local GSE (faults on) and several self-host workers on one task hub; starts R rollouts on
          distinct aliases under player traffic; kills a random worker with SIGKILL K times (restarting it each time);
          then checks every rollout completed exactly once. Exit 0 only when every check holds.
        Options:
          -r, --rollouts N          rollouts, one per alias (1-200, default 10)
          -k, --kills N             SIGKILLs of a random worker, each followed by a restart (0-1000, default 5)
          --workers N               self-host workers on the task hub (2-3, default 3)
          --seed N                  seed of the drill's random choices (kill instants, victims, start order; default: random, printed)
          --summary-json PATH       also write the summary and checks as JSON
          --sessions-per-second N   player session creations per real second, over all aliases (0-20, default 4)
          --time-scale N            the local GSE's clock runs N times faster than real time (1-600, default 60)
          --timeout SECONDS         give up on rollouts not ended this long after the last kill (default 300)
          --port N                  first worker's HTTP port; the others take the next ones (default 7071)
          --worker-ports A,B[,C]    each worker's HTTP port (sets --workers)
          --azurite-ports B,Q,T     Azurite's blob, queue and table ports (default 10000,10001,10002)
          --gse-port N              the local GSE's port (default 5080)
          --no-faults               GSE faults off (to tell a fault's effect from a kill's)
          --configuration NAME      build configuration to run (default Release)
          -h, --help                this text
        """;

    public int Rollouts { get; init; } = 10;

    public int Kills { get; init; } = 5;

    public int? Seed { get; init; }

    public string? SummaryJsonPath { get; init; }

    public double SessionsPerSecond { get; init; } = 4;

    public double TimeScale { get; init; } = 60;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>Azurite's and the local GSE's ports (its <see cref="StackPorts.SelfHost"/> is the first worker's).</summary>
    public StackPorts Ports { get; init; } = StackPorts.Default;

    /// <summary>Each worker's HTTP port.</summary>
    public IReadOnlyList<int> WorkerPorts { get; init; } = [7071, 7072, 7073];

    public bool Faults { get; init; } = true;

    public string Configuration { get; init; } = "Release";

    public bool ShowHelp { get; init; }

    /// <summary>Every port the drill listens on, for the free-port check.</summary>
    public StackPorts[] AllPorts => WorkerPorts.Select(p => Ports with { SelfHost = p }).ToArray();

    /// <summary>Parses <paramref name="args"/> (after the <c>drill</c> word); <paramref name="error"/> names the first problem.</summary>
    public static DrillOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new DrillOptions();
        int? workers = null;
        int? firstPort = null;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help")
            {
                return options with { ShowHelp = true };
            }

            if (arg == "--no-faults")
            {
                options = options with { Faults = false };
                continue;
            }

            if (!IsKnown(arg))
            {
                error = $"Unknown option '{arg}'.";
                return null;
            }

            if (i + 1 >= args.Count)
            {
                error = $"{arg} needs a value.";
                return null;
            }

            var value = args[++i];
            var parsed = arg switch
            {
                "-r" or "--rollouts" when Int(value) is >= 1 and <= 200 and var r => options with { Rollouts = r },
                "-k" or "--kills" when Int(value) is >= 0 and <= 1000 and var k => options with { Kills = k },
                "--workers" when Int(value) is >= 2 and <= 3 and var w => Set(ref workers, w, options),
                "--seed" when Int(value) is { } seed => options with { Seed = seed },
                "--summary-json" when !string.IsNullOrWhiteSpace(value) => options with { SummaryJsonPath = value },
                "--sessions-per-second" when Number(value) is >= 0 and <= 20 and var rate => options with { SessionsPerSecond = rate },
                "--time-scale" when Number(value) is >= 1 and <= 600 and var scale => options with { TimeScale = scale },
                "--timeout" when Number(value) is >= 10 and <= 86_400 and var seconds => options with { Timeout = TimeSpan.FromSeconds(seconds) },
                "--port" when Port(value) is { } port && port <= 65535 - 2 => Set(ref firstPort, port, options),
                "--worker-ports" when PortList(value) is { Length: >= 2 and <= 3 } ports => options with { WorkerPorts = ports },
                "--azurite-ports" when PortList(value) is { Length: 3 } ports => options with { Ports = options.Ports with { Blob = ports[0], Queue = ports[1], Table = ports[2] } },
                "--gse-port" when Port(value) is { } port => options with { Ports = options.Ports with { LocalGse = port } },
                "--configuration" when !string.IsNullOrWhiteSpace(value) => options with { Configuration = value },
                _ => null,
            };
            if (parsed is null)
            {
                error = $"Invalid value '{value}' for {arg}.";
                return null;
            }

            options = parsed;
        }

        var explicitPorts = args.Contains("--worker-ports");
        if (explicitPorts && (firstPort is not null || (workers is { } w2 && w2 != options.WorkerPorts.Count)))
        {
            error = "--worker-ports sets the workers and their ports; give it without --port, or with --workers of the same count.";
            return null;
        }

        if (!explicitPorts)
        {
            var first = firstPort ?? StackPorts.Default.SelfHost;
            options = options with { WorkerPorts = Enumerable.Range(first, workers ?? 3).ToArray() };
        }

        options = options with { Ports = options.Ports with { SelfHost = options.WorkerPorts[0] } };
        var all = options.WorkerPorts.Concat([options.Ports.Blob, options.Ports.Queue, options.Ports.Table, options.Ports.LocalGse]).ToList();
        if (all.GroupBy(p => p).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            error = $"Port {duplicate.Key} is given twice; every service needs its own port.";
            return null;
        }

        return options;
    }

    private static DrillOptions Set(ref int? slot, int value, DrillOptions options)
    {
        slot = value;
        return options;
    }

    private static bool IsKnown(string arg) => arg is "-r" or "--rollouts" or "-k" or "--kills" or "--workers" or "--seed" or "--summary-json"
        or "--sessions-per-second" or "--time-scale" or "--timeout" or "--port" or "--worker-ports" or "--azurite-ports" or "--gse-port" or "--configuration";

    private static int? Int(string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;

    private static int? Port(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535 ? port : null;

    private static int[]? PortList(string text)
    {
        var ports = text.Split(',').Select(Port).ToArray();
        return ports.All(p => p is not null) ? ports.Select(p => p!.Value).ToArray() : null;
    }
}
