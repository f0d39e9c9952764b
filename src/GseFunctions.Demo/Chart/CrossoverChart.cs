using System.Globalization;
using System.Xml.Linq;

namespace GseFunctions.Demo.Chart;

/// <summary>
/// The run's crossover chart as a standalone SVG: live sessions on the old and the new fleet over time (two series), the
/// moment the alias switched marked, a title, both axes with ticks and a legend. Built with LINQ to XML, so every text is
/// escaped and the document is well-formed.
/// </summary>
internal static class CrossoverChart
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private const double Width = 800;
    private const double Height = 420;
    private const double Left = 60;
    private const double Right = 20;
    private const double Top = 50;
    private const double Bottom = 90;
    private const string OldColour = "#c2410c";
    private const string NewColour = "#15803d";

    /// <summary>Phases in which the alias already routes to the new fleet: the switch is the first sample in one of them.</summary>
    private static readonly HashSet<string> AfterSwitch = ["Draining", "Retaining", "Retiring", "Completed"];

    /// <summary>The time of the first sample taken after the alias switched, or null if it never did (a refused or rolled-back run).</summary>
    public static TimeSpan? SwitchTime(IReadOnlyList<CrossoverSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        return samples.FirstOrDefault(s => AfterSwitch.Contains(s.Phase))?.At;
    }

    public static XDocument Build(IReadOnlyList<CrossoverSample> samples, string title, string oldFleetLabel, string newFleetLabel)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var end = Math.Max(1, samples.Count == 0 ? 0 : samples.Max(s => s.At.TotalSeconds));
        var top = NiceCeiling(Math.Max(5, samples.Count == 0 ? 0 : samples.Max(s => Math.Max(s.OldFleetLive, s.NewFleetLive))));
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(double seconds) => Left + (seconds / end * plotWidth);
        double Y(double sessions) => Top + plotHeight - (sessions / top * plotHeight);

        var svg = new XElement(Svg + "svg",
            new XAttribute("width", Width), new XAttribute("height", Height),
            new XAttribute("viewBox", $"0 0 {N(Width)} {N(Height)}"), new XAttribute("role", "img"),
            new XAttribute("font-family", "sans-serif"), new XAttribute("font-size", "12"),
            new XElement(Svg + "title", title),
            new XElement(Svg + "desc", $"Live sessions per fleet over the rollout: {oldFleetLabel} and {newFleetLabel}."),
            new XElement(Svg + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", "#ffffff")),
            new XElement(Svg + "text", new XAttribute("x", N(Width / 2)), new XAttribute("y", 28), new XAttribute("text-anchor", "middle"), new XAttribute("font-size", "16"), title));

        // Axes, ticks and their labels.
        var axes = new XElement(Svg + "g", new XAttribute("id", "axes"), new XAttribute("stroke", "#374151"));
        axes.Add(Line(Left, Top + plotHeight, Left + plotWidth, Top + plotHeight), Line(Left, Top, Left, Top + plotHeight));
        foreach (var value in Ticks(top))
        {
            axes.Add(Line(Left - 4, Y(value), Left, Y(value)));
            svg.Add(Text(Left - 8, Y(value) + 4, N(value), "end"));
        }

        foreach (var value in Ticks(NiceCeiling(end)).Where(v => v <= end))
        {
            axes.Add(Line(X(value), Top + plotHeight, X(value), Top + plotHeight + 4));
            svg.Add(Text(X(value), Top + plotHeight + 18, N(value), "middle"));
        }

        svg.Add(axes);
        svg.Add(Text(Left + (plotWidth / 2), Top + plotHeight + 38, "seconds since the rollout started", "middle"));
        svg.Add(new XElement(Svg + "text", new XAttribute("transform", $"translate(16 {N(Top + (plotHeight / 2))}) rotate(-90)"), new XAttribute("text-anchor", "middle"), "live sessions"));

        // The switch, then the two series on top of it.
        if (SwitchTime(samples) is { } switched)
        {
            svg.Add(new XElement(Svg + "g", new XAttribute("id", "switch-marker"),
                Line(X(switched.TotalSeconds), Top, X(switched.TotalSeconds), Top + plotHeight, "#6b7280", "6 4"),
                Text(X(switched.TotalSeconds) + 4, Top + 12, "alias switched", "start")));
        }

        svg.Add(Series("series-old", samples.Select(s => (X(s.At.TotalSeconds), Y(s.OldFleetLive))), OldColour, oldFleetLabel));
        svg.Add(Series("series-new", samples.Select(s => (X(s.At.TotalSeconds), Y(s.NewFleetLive))), NewColour, newFleetLabel));

        // Legend under the x axis label.
        var legendY = Height - 22;
        svg.Add(new XElement(Svg + "g", new XAttribute("id", "legend"),
            Line(Left, legendY, Left + 24, legendY, OldColour, null, 3), Text(Left + 30, legendY + 4, oldFleetLabel, "start"),
            Line(Left + 330, legendY, Left + 354, legendY, NewColour, null, 3), Text(Left + 360, legendY + 4, newFleetLabel, "start"),
            Line(Left + 620, legendY, Left + 644, legendY, "#6b7280", "6 4"), Text(Left + 650, legendY + 4, "alias switch", "start")));

        return new XDocument(new XDeclaration("1.0", "utf-8", null), svg);
    }

    public static async Task WriteAsync(XDocument chart, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await using var file = File.Create(full);
        await chart.SaveAsync(file, SaveOptions.None, cancellationToken);
    }

    private static XElement Series(string id, IEnumerable<(double X, double Y)> points, string colour, string label) =>
        new(Svg + "polyline", new XAttribute("id", id), new XAttribute("fill", "none"), new XAttribute("stroke", colour), new XAttribute("stroke-width", 2.5),
            new XAttribute("points", string.Join(' ', points.Select(p => $"{N(p.X)},{N(p.Y)}"))),
            new XElement(Svg + "title", label));

    private static XElement Line(double x1, double y1, double x2, double y2, string? stroke = null, string? dash = null, double? width = null)
    {
        var line = new XElement(Svg + "line", new XAttribute("x1", N(x1)), new XAttribute("y1", N(y1)), new XAttribute("x2", N(x2)), new XAttribute("y2", N(y2)));
        if (stroke is not null)
        {
            line.Add(new XAttribute("stroke", stroke));
        }

        if (dash is not null)
        {
            line.Add(new XAttribute("stroke-dasharray", dash));
        }

        if (width is not null)
        {
            line.Add(new XAttribute("stroke-width", N(width.Value)));
        }

        return line;
    }

    private static XElement Text(double x, double y, string text, string anchor) =>
        new(Svg + "text", new XAttribute("x", N(x)), new XAttribute("y", N(y)), new XAttribute("text-anchor", anchor), new XAttribute("fill", "#111827"), text);

    /// <summary>1, 2 or 5 times a power of ten, at least <paramref name="value"/>.</summary>
    private static double NiceCeiling(double value)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return new[] { 1, 2, 5, 10 }.Select(m => m * power).First(v => v >= value);
    }

    /// <summary>Five steps from 0 to <paramref name="top"/>.</summary>
    private static IEnumerable<double> Ticks(double top) => Enumerable.Range(0, 6).Select(i => top * i / 5);

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
