using System.Globalization;
using System.Text.RegularExpressions;
using GseFunctions.Gse.Emulator.Simulation.State;

namespace GseFunctions.Gse.Emulator.Simulation;

/// <summary>
/// The subset of SearchGameServerSessions' expressions the local GSE understands: terms joined by AND, each
/// <c>key op value</c> with op one of = &lt;&gt; &gt; &gt;= &lt; &lt;=, over gameServerSessionId,
/// gameServerSessionName, creationTimeMillis, playerSessionCount, maximumSessions and
/// hasAvailablePlayerSessions; sorting by one of those keys, ASC or DESC. Anything else is refused.
/// </summary>
internal static partial class SessionSearch
{
    public static IEnumerable<SimSession> Apply(IEnumerable<SimSession> sessions, string? filter, string? sort)
    {
        if (!string.IsNullOrWhiteSpace(filter))
        {
            foreach (var term in AndSplitter().Split(filter.Trim()))
            {
                var match = Term().Match(term.Trim());
                if (!match.Success)
                {
                    throw Refuse($"FilterExpression term `{term.Trim()}` is not `key op value`.");
                }

                var key = match.Groups["key"].Value;
                var op = match.Groups["op"].Value;
                var value = match.Groups["value"].Value.Trim('\'', '"');
                var get = Key(key);
                sessions = sessions.Where(s => Compare(get(s), op, value)).ToList();
            }
        }

        if (!string.IsNullOrWhiteSpace(sort))
        {
            var parts = sort.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || parts[1].ToUpperInvariant() is not ("ASC" or "DESC"))
            {
                throw Refuse("SortExpression must be `key ASC` or `key DESC`.");
            }

            var get = Key(parts[0]);
            sessions = parts[1].Equals("ASC", StringComparison.OrdinalIgnoreCase)
                ? sessions.OrderBy(s => get(s), ValueComparer.Instance)
                : sessions.OrderByDescending(s => get(s), ValueComparer.Instance);
        }

        return sessions;
    }

    private static Func<SimSession, IComparable> Key(string key) => key switch
    {
        "gameServerSessionId" => s => s.Id,
        "gameServerSessionName" => s => s.Name ?? string.Empty,
        "creationTimeMillis" => s => s.CreationTime.ToUnixTimeMilliseconds(),
        "playerSessionCount" => s => (long)s.Players.Count(p => p.Status is GsePlayerSessionStatuses.Reserved or GsePlayerSessionStatuses.Active),
        "maximumSessions" => s => (long)s.MaximumPlayerSessionCount,
        "hasAvailablePlayerSessions" => s => (s.IsLive && s.PlayerSessionCreationPolicy == GsePlayerSessionCreationPolicies.AcceptAll && s.Players.Count(p => p.Status is GsePlayerSessionStatuses.Reserved or GsePlayerSessionStatuses.Active) < s.MaximumPlayerSessionCount).ToString().ToLowerInvariant(),
        _ => throw Refuse($"`{key}` is not a searchable key (gameServerSessionId, gameServerSessionName, creationTimeMillis, playerSessionCount, maximumSessions, hasAvailablePlayerSessions)."),
    };

    private static bool Compare(IComparable actual, string op, string expected)
    {
        int order;
        if (actual is long number)
        {
            order = long.TryParse(expected, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
                ? number.CompareTo(n)
                : throw Refuse($"`{expected}` is not a number.");
        }
        else
        {
            order = string.CompareOrdinal((string)actual, expected);
        }

        return op switch
        {
            "=" => order == 0,
            "<>" => order != 0,
            ">" => order > 0,
            ">=" => order >= 0,
            "<" => order < 0,
            _ => order <= 0,
        };
    }

    private static GseFault Refuse(string message) => new(GseErrorCodes.InvalidParameterValue, message);

    [GeneratedRegex(@"\s+AND\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AndSplitter();

    [GeneratedRegex(@"^(?<key>\w+)\s*(?<op><>|>=|<=|=|>|<)\s*(?<value>.+)$")]
    private static partial Regex Term();

    private sealed class ValueComparer : IComparer<IComparable>
    {
        public static ValueComparer Instance { get; } = new();

        public int Compare(IComparable? x, IComparable? y) => x is string a && y is string b ? string.CompareOrdinal(a, b) : Comparer<IComparable>.Default.Compare(x, y);
    }
}
