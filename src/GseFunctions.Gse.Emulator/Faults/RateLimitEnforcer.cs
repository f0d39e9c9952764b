using GseFunctions.Gse.RateLimiting;

namespace GseFunctions.Gse.Emulator.Faults;

/// <summary>
/// GSE's per-action request limits (gse-api.md §1.6), per action and region, configured from <c>LocalGse:RateLimits</c>
/// like the client's <c>Gse:RateLimits</c> (same keys, same documented defaults) or at run time through
/// <c>/_emulator/rate-limits</c>. Off unless <c>LocalGse:RateLimits:Enabled</c> is true. A call over its action's limit
/// answers <c>RequestLimitExceeded</c> and runs nothing. Thread-safe.
/// </summary>
/// <remarks>
/// The count is a sliding window of one real second over the calls let through, the strictest reading of "n per
/// second": refused calls do not count, so a client that waits gets the full rate. Whether GSE itself counts in fixed
/// seconds is not documented; a client that passes this window passes that too.
/// </remarks>
internal sealed class RateLimitEnforcer(TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Action, string Region), Queue<long>> _accepted = [];
    private GseRateLimitOptions _limits = Off();

    /// <summary>The limits in force.</summary>
    public GseRateLimitOptions Limits
    {
        get
        {
            lock (_gate)
            {
                return _limits;
            }
        }
    }

    /// <summary>A local GSE's limits before configuration: the documented figures, not enforced.</summary>
    public static GseRateLimitOptions Off() => new() { Enabled = false };

    /// <summary>Puts <paramref name="limits"/> in force and forgets the calls counted so far.</summary>
    public void Replace(GseRateLimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        lock (_gate)
        {
            _limits = limits;
            _accepted.Clear();
        }
    }

    /// <summary>
    /// Counts a call of <paramref name="action"/> in <paramref name="region"/>, or answers the limit it is over (and does
    /// not count it).
    /// </summary>
    /// <returns>Null when the call may run; else the limit it exceeds, in requests per second.</returns>
    public int? TryAdmit(string action, string region)
    {
        lock (_gate)
        {
            var limit = _limits.LimitOf(action);
            if (limit == 0)
            {
                return null;
            }

            if (!_accepted.TryGetValue((action, region), out var calls))
            {
                calls = new Queue<long>();
                _accepted[(action, region)] = calls;
            }

            var now = time.GetTimestamp();
            while (calls.TryPeek(out var first) && time.GetElapsedTime(first, now) >= Window)
            {
                calls.Dequeue();
            }

            if (calls.Count >= limit)
            {
                return limit;
            }

            calls.Enqueue(now);
            return null;
        }
    }
}
