using System.Globalization;
using System.Xml.Linq;
using GseFunctions.Demo.Chart;

namespace GseFunctions.Demo.Tests.Chart;

public sealed class CrossoverChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // A run as the walkthrough samples it: fleet 1 serves, the alias switches at 4 s, fleet 1 drains while fleet 2 rises.
    private static readonly CrossoverSample[] Run =
    [
        new(TimeSpan.FromSeconds(0), "Starting", 6, 0),
        new(TimeSpan.FromSeconds(2), "Switching", 7, 0),
        new(TimeSpan.FromSeconds(4), "Draining", 6, 1),
        new(TimeSpan.FromSeconds(6), "Draining", 3, 4),
        new(TimeSpan.FromSeconds(8), "Retiring", 0, 7),
        new(TimeSpan.FromSeconds(10), "Completed", 0, 8),
    ];

    [Fact]
    public async Task Build_KnownRun_StandaloneSvgWithTitleAxesLegendBothSeriesAndTheSwitch()
    {
        var path = Path.Combine(Path.GetTempPath(), $"crossover-{Guid.NewGuid():N}.svg");
        try
        {
            await CrossoverChart.WriteAsync(CrossoverChart.Build(Run, "Rollout r1", "fleet 1 (old) f1", "fleet 2 (new) f2"), path, CancellationToken.None);
            var svg = XDocument.Load(path).Root!; // parses as XML from the file, as a browser would get it

            Assert.Equal(Svg + "svg", svg.Name);
            Assert.Equal("Rollout r1", svg.Element(Svg + "title")!.Value);
            Assert.NotNull(svg.Descendants().SingleOrDefault(e => (string?)e.Attribute("id") == "axes"));
            var legend = svg.Descendants().Single(e => (string?)e.Attribute("id") == "legend");
            Assert.Contains("fleet 1 (old) f1", legend.Value, StringComparison.Ordinal);
            Assert.Contains("fleet 2 (new) f2", legend.Value, StringComparison.Ordinal);

            var old = Points(svg, "series-old");
            var @new = Points(svg, "series-new");
            Assert.Equal(Run.Length, old.Count);
            Assert.Equal(Run.Length, @new.Count);
            Assert.True(old[0].Y < old[^1].Y, "fleet 1 ends lower than it starts (SVG y grows downwards)");
            Assert.True(@new[0].Y > @new[^1].Y, "fleet 2 ends higher than it starts");
            Assert.Equal(old[^1].Y, @new[0].Y); // both at zero: the same baseline

            var marker = svg.Descendants().Single(e => (string?)e.Attribute("id") == "switch-marker");
            var x = double.Parse(marker.Element(Svg + "line")!.Attribute("x1")!.Value, CultureInfo.InvariantCulture);
            Assert.Equal(old[2].X, x); // at the first sample after the switch (4 s)
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Build_RunThatNeverSwitched_HasNoMarker()
    {
        var svg = CrossoverChart.Build(Run.Take(2).ToList(), "t", "a", "b").Root!;

        Assert.DoesNotContain(svg.Descendants(), e => (string?)e.Attribute("id") == "switch-marker");
        Assert.Null(CrossoverChart.SwitchTime(Run.Take(2).ToList()));
    }

    [Fact]
    public void Build_TextWithMarkup_IsEscaped()
    {
        var text = CrossoverChart.Build(Run, "Rollout <b>&\"x\"</b>", "fleet <1>", "fleet & 2").ToString();

        Assert.DoesNotContain("<b>", text, StringComparison.Ordinal);
        var svg = XDocument.Parse(text).Root!;
        Assert.Equal("Rollout <b>&\"x\"</b>", svg.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Build_NoSamples_StillAValidChart()
    {
        var svg = XDocument.Parse(CrossoverChart.Build([], "empty", "a", "b").ToString()).Root!;

        Assert.Empty(Points(svg, "series-old"));
    }

    private static List<(double X, double Y)> Points(XElement svg, string id)
    {
        var points = svg.Descendants(Svg + "polyline").Single(e => (string?)e.Attribute("id") == id).Attribute("points")!.Value;
        return points.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(','))
            .Select(p => (double.Parse(p[0], CultureInfo.InvariantCulture), double.Parse(p[1], CultureInfo.InvariantCulture)))
            .ToList();
    }
}
