using System.Globalization;
using GseFunctions.Demo.Stack;

namespace GseFunctions.Demo;

/// <summary>The demo's command line, parsed. Every port can be moved so several runs (or a test) can share a machine.</summary>
internal sealed record DemoOptions
{
    public const string Usage =
        """
        Usage: scripts/demo.sh [up] [options]
          (no mode)               run a rollout from fleet 1 to fleet 2 under player traffic, print a summary, stop
          up                      bring the stack up, seed it, print the URL, keys and curl examples; stay up until Ctrl-C
          drill                   the chaos drill (scripts/drill.sh; its own options: scripts/drill.sh --help)
        Options:
          --summary-json PATH     also write the summary as JSON (rollout mode)
          --chart PATH            write the crossover chart (live sessions per fleet, the switch marked) as SVG
                                  (rollout mode; default: next to --summary-json, same name with .svg)
          --time-scale N          the local GSE's clock runs N times faster than real time (>= 1, default 60)
          --port N                the self-host's HTTP port (default 7071)
          --azurite-ports B,Q,T   Azurite's blob, queue and table ports (default 10000,10001,10002)
          --gse-port N            the local GSE's port (default 5080)
          --sessions-per-minute N player traffic through POST /api/sessions, per simulated minute (0-10, default 4; 0 = none)
          --configuration NAME    build configuration to run (default Release)
          -h, --help              this text
        Keys: random per run, unless GSEFUNCTIONS_MASTER_KEY (>= 32 characters) / GSEFUNCTIONS_FUNCTION_KEY are set.
        """;

    /// <summary>Highest traffic rate the seeded fleets are sized for (see <see cref="Seeding.FleetSizing"/>).</summary>
    public const double MaxSessionsPerMinute = 10;

    public DemoMode Mode { get; init; } = DemoMode.Rollout;

    public string? SummaryJsonPath { get; init; }

    /// <summary>Where to write the crossover chart (SVG); null: next to <see cref="SummaryJsonPath"/> if that is given.</summary>
    public string? ChartPath { get; init; }

    /// <summary>The chart's path: <c>--chart</c>, else the summary's path with <c>.svg</c>, else none.</summary>
    public string? EffectiveChartPath => ChartPath ?? (SummaryJsonPath is { } summary ? Path.ChangeExtension(summary, ".svg") : null);

    public double TimeScale { get; init; } = 60;

    public StackPorts Ports { get; init; } = StackPorts.Default;

    /// <summary>Sessions the demo creates per simulated minute (per real second: this × time scale ÷ 60).</summary>
    public double SessionsPerMinute { get; init; } = 4;

    public string Configuration { get; init; } = "Release";

    public bool ShowHelp { get; init; }

    /// <summary>Parses <paramref name="args"/>; <paramref name="error"/> names the first problem.</summary>
    public static DemoOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new DemoOptions();
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (arg)
            {
                case "up" when i == 0:
                    options = options with { Mode = DemoMode.Up };
                    continue;
                case "-h" or "--help":
                    return options with { ShowHelp = true };
                case "--summary-json" or "--chart" or "--time-scale" or "--port" or "--azurite-ports" or "--gse-port" or "--sessions-per-minute" or "--configuration" when value is null:
                    error = $"{arg} needs a value.";
                    return null;
            }

            i++;
            options = arg switch
            {
                "--summary-json" => options with { SummaryJsonPath = value },
                "--chart" when !string.IsNullOrWhiteSpace(value) => options with { ChartPath = value },
                "--time-scale" when Number(value) is >= 1 and <= 10_000 and var scale => options with { TimeScale = scale },
                "--port" when Port(value) is { } port => options with { Ports = options.Ports with { SelfHost = port } },
                "--gse-port" when Port(value) is { } port => options with { Ports = options.Ports with { LocalGse = port } },
                "--azurite-ports" when AzuritePorts(value) is { } ports => options with { Ports = options.Ports with { Blob = ports[0], Queue = ports[1], Table = ports[2] } },
                "--sessions-per-minute" when Number(value) is >= 0 and <= MaxSessionsPerMinute and var rate => options with { SessionsPerMinute = rate },
                "--configuration" when !string.IsNullOrWhiteSpace(value) => options with { Configuration = value },
                _ => null,
            };
            if (options is null)
            {
                error = IsKnown(arg) ? $"Invalid value '{value}' for {arg}." : $"Unknown option '{arg}'.";
                return null;
            }
        }

        if (options.Ports.Duplicate() is { } duplicate)
        {
            error = $"Port {duplicate} is given twice; every service needs its own port.";
            return null;
        }

        return options;
    }

    private static bool IsKnown(string arg) =>
        arg is "--summary-json" or "--chart" or "--time-scale" or "--port" or "--azurite-ports" or "--gse-port" or "--sessions-per-minute" or "--configuration";

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;

    private static int? Port(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535 ? port : null;

    private static int[]? AzuritePorts(string? text)
    {
        var parts = (text ?? "").Split(',');
        var ports = parts.Select(Port).ToArray();
        return ports.Length == 3 && ports.All(p => p is not null) ? ports.Select(p => p!.Value).ToArray() : null;
    }
}
