using System.Globalization;

namespace GseFunctions.Bench.Rollouts;

/// <summary>Command-line settings; every one has a default that keeps a full run under about three minutes.</summary>
internal sealed class BenchOptions
{
    public const string Usage = """
        dotnet run -c Release --project bench/GseFunctions.Bench.Rollouts -- [options]

          --poll-interval SECONDS       rollout PollInterval (default 1, the validator's minimum)
          --max-poll-interval SECONDS   rollout MaxPollInterval (default 120, the product default)
          --repetitions N               rollouts per scenario; figures are medians (default 3)
          --match-minutes LIST          simulated match lengths for the existing-fleet drain scenarios (default 1,2,4)
          --new-fleet-match-minutes M   match length of the NewFleet scenario; 0 skips it (default 2)
          --traffic RATE                sessions per simulated minute through the alias (default 2)
          --queue-polling SECONDS       Durable backend MaxQueuePollingInterval (default 1)
          --idle-seconds SECONDS        window for the idle background cost (default 20)
          --json PATH                   also write the figures as JSON
        """;

    public TimeSpan PollInterval { get; private set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxPollInterval { get; private set; } = TimeSpan.FromMinutes(2);

    public int Repetitions { get; private set; } = 3;

    public IReadOnlyList<double> MatchMinutes { get; private set; } = [1, 2, 4];

    public double NewFleetMatchMinutes { get; private set; } = 2;

    public double TrafficPerMinute { get; private set; } = 2;

    public TimeSpan QueuePolling { get; private set; } = TimeSpan.FromSeconds(1);

    public TimeSpan IdleWindow { get; private set; } = TimeSpan.FromSeconds(20);

    public string? JsonPath { get; private set; }

    /// <summary>Parses the arguments.</summary>
    /// <exception cref="ArgumentException">An unknown option or a bad value.</exception>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var o = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            switch (name)
            {
                case "--poll-interval": o.PollInterval = TimeSpan.FromSeconds(Number(name, Value(), 1, 86_400)); break; // the request validator's minimum
                case "--max-poll-interval": o.MaxPollInterval = Seconds(name, Value()); break;
                case "--repetitions": o.Repetitions = (int)Number(name, Value(), 1, 100); break;
                case "--match-minutes": o.MatchMinutes = Value().Split(',').Select(v => Number(name, v, 0.1, 60)).ToList(); break;
                case "--new-fleet-match-minutes": o.NewFleetMatchMinutes = Number(name, Value(), 0, 60); break;
                case "--traffic": o.TrafficPerMinute = Number(name, Value(), 0, 1000); break;
                case "--queue-polling": o.QueuePolling = Seconds(name, Value()); break;
                case "--idle-seconds": o.IdleWindow = Seconds(name, Value()); break;
                case "--json": o.JsonPath = Value(); break;
                default: throw new ArgumentException($"Unknown option {name}.");
            }
        }

        return o.MaxPollInterval >= o.PollInterval ? o : throw new ArgumentException("--max-poll-interval must not be shorter than --poll-interval.");
    }

    private static TimeSpan Seconds(string name, string value) => TimeSpan.FromSeconds(Number(name, value, 0.001, 86_400));

    private static double Number(string name, string value, double min, double max) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{name}: '{value}' is not a number between {min} and {max}.");
}
