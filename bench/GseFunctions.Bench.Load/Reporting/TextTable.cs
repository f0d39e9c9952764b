using System.Globalization;

namespace GseFunctions.Bench.Load.Reporting;

/// <summary>A plain-text table: a header row and rows of cells, the first column left-aligned, the rest right-aligned.</summary>
internal sealed class TextTable(params string[] header)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    public void Write(TextWriter o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var all = _rows.Prepend(header).ToList();
        var columns = all.Max(r => r.Length);
        var widths = Enumerable.Range(0, columns).Select(c => all.Max(r => c < r.Length ? r[c].Length : 0)).ToArray();
        foreach (var row in all)
        {
            o.WriteLine(string.Join("  ", Enumerable.Range(0, columns).Select(c =>
            {
                var cell = c < row.Length ? row[c] : "";
                return c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]);
            })).TrimEnd());
        }
    }

    public static string N(double value, string format = "0.#") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
