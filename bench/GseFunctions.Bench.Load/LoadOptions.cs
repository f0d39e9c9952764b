using System.Globalization;

namespace GseFunctions.Bench.Load;

/// <summary>The scenario to run and its settings; every setting has a default that keeps a run within minutes.</summary>
internal sealed class LoadOptions
{
    public const string Usage = """
        dotnet run -c Release --project bench/GseFunctions.Bench.Load -- <load|overhead|scale> [options]

        load      players create sessions through POST /api/sessions while a rollout runs, then while a naive
                  stop-and-replace release runs (same load, same run)
          --clients LIST            concurrent closed-loop players (default 16,64)
          --match-seconds S         simulated match length (default 30, i.e. 1 s real at x30)
          --before S / --after S    real seconds of load before the release starts / after it ended (default 10 / 8)
          --processes N             server processes per instance; fleets run 2 instances (default 50)

        overhead  session creation through the self-host against the same generator calling the local GSE directly;
                  then GET /api/health and GET /api/rollouts/{id}
          --clients LIST            concurrent closed-loop clients, no think time (default 16,64)
          --seconds S               real seconds per measurement (default 8)

        scale     N concurrent rollouts on distinct aliases on one or more self-host workers sharing a task hub
          --rollouts LIST           concurrent rollouts (default 10,100,1000)
          --workers LIST            self-host worker processes (default 1,2)
          --poll-interval S         rollout PollInterval (default 10, the product default)
          --drain-seconds S         real seconds until each old fleet's one session ends (default 20)
          --start-parallelism N     POST /api/rollouts requests in flight at once (default 32)

        common
          --host-setting KEY=VALUE  extra configuration for every self-host worker (repeatable), e.g.
                                    AzureFunctionsJobHost__extensions__durableTask__maxConcurrentOrchestratorFunctions=100
          --gse-setting KEY=VALUE   extra local GSE configuration (repeatable), e.g. LocalGse:Simulation:InstanceQuota=5000
          --worker-logs DIR         write each self-host worker's output there when it stops
          --json PATH               also write the figures as JSON
        """;

    public string Command { get; private set; } = "";

    public IReadOnlyList<int> Clients { get; private set; } = [16, 64];

    public double MatchSeconds { get; private set; } = 30;

    public TimeSpan Before { get; private set; } = TimeSpan.FromSeconds(10);

    public TimeSpan After { get; private set; } = TimeSpan.FromSeconds(8);

    public int Processes { get; private set; } = 50;

    public TimeSpan Duration { get; private set; } = TimeSpan.FromSeconds(8);

    public IReadOnlyList<int> Rollouts { get; private set; } = [10, 100, 1000];

    public IReadOnlyList<int> Workers { get; private set; } = [1, 2];

    public TimeSpan PollInterval { get; private set; } = TimeSpan.FromSeconds(10);

    public TimeSpan DrainTime { get; private set; } = TimeSpan.FromSeconds(20);

    public int StartParallelism { get; private set; } = 32;

    public IReadOnlyDictionary<string, string?> HostSettings => _hostSettings;

    public IReadOnlyDictionary<string, string?> GseSettings => _gseSettings;

    public string? JsonPath { get; private set; }

    public string? WorkerLogs { get; private set; }

    private readonly Dictionary<string, string?> _hostSettings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _gseSettings = new(StringComparer.Ordinal);

    /// <summary>Parses the arguments: the command first, then options.</summary>
    /// <exception cref="ArgumentException">No or an unknown command, an unknown option, or a bad value.</exception>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args[0] is not ("load" or "overhead" or "scale"))
        {
            throw new ArgumentException(args.Count == 0 ? "Name a scenario: load, overhead or scale." : $"Unknown scenario '{args[0]}'.");
        }

        var o = new LoadOptions { Command = args[0] };
        for (var i = 1; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            switch (name)
            {
                case "--clients": o.Clients = Integers(name, Value(), 1, 1000); break;
                case "--match-seconds": o.MatchSeconds = Number(name, Value(), 1, 3600); break;
                case "--before": o.Before = Seconds(name, Value(), 1, 600); break;
                case "--after": o.After = Seconds(name, Value(), 1, 600); break;
                case "--processes": o.Processes = (int)Number(name, Value(), 1, 50); break;
                case "--seconds": o.Duration = Seconds(name, Value(), 1, 600); break;
                case "--rollouts": o.Rollouts = Integers(name, Value(), 1, 2000); break;
                case "--workers": o.Workers = Integers(name, Value(), 1, 4); break;
                case "--poll-interval": o.PollInterval = Seconds(name, Value(), 1, 600); break;
                case "--drain-seconds": o.DrainTime = Seconds(name, Value(), 1, 600); break;
                case "--start-parallelism": o.StartParallelism = (int)Number(name, Value(), 1, 256); break;
                case "--host-setting": Setting(name, Value(), o._hostSettings); break;
                case "--gse-setting": Setting(name, Value(), o._gseSettings); break;
                case "--json": o.JsonPath = Value(); break;
                case "--worker-logs": o.WorkerLogs = Value(); break;
                default: throw new ArgumentException($"Unknown option {name}.");
            }
        }

        return o;
    }

    private static void Setting(string name, string value, Dictionary<string, string?> into)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        if (equals < 1)
        {
            throw new ArgumentException($"{name}: '{value}' is not KEY=VALUE.");
        }

        into[value[..equals]] = value[(equals + 1)..];
    }

    private static List<int> Integers(string name, string value, int min, int max) =>
        value.Split(',').Select(v => (int)Number(name, v, min, max) is var n && n == Number(name, v, min, max) ? n : throw new ArgumentException($"{name}: '{v}' is not a whole number.")).ToList();

    private static TimeSpan Seconds(string name, string value, double min, double max) => TimeSpan.FromSeconds(Number(name, value, min, max));

    private static double Number(string name, string value, double min, double max) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{name}: '{value}' is not a number between {min} and {max}.");
}
