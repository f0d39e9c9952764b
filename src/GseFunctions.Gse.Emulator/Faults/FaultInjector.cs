namespace GseFunctions.Gse.Emulator.Faults;

/// <summary>
/// Holds the fault rules set at start-up (configuration <c>LocalGse:Faults</c>) or at run time
/// (<c>/_emulator/faults</c>) and decides, per call, what they do. Thread-safe.
/// </summary>
internal sealed class FaultInjector(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Random _random = new();
    private List<Entry> _rules = [];

    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (_gate)
            {
                return _rules.Select(r => r.Rule).ToList();
            }
        }
    }

    public void Replace(IEnumerable<FaultRule> rules)
    {
        lock (_gate)
        {
            _rules = rules.Select(r => new Entry(r)).ToList();
        }
    }

    public void Add(FaultRule rule)
    {
        lock (_gate)
        {
            _rules.Add(new Entry(rule));
        }
    }

    public FaultDecision Decide(string action)
    {
        lock (_gate)
        {
            var delay = TimeSpan.Zero;
            var now = time.GetUtcNow();
            foreach (var entry in _rules.ToList())
            {
                var rule = entry.Rule;
                if (rule.Action != "*" && !string.Equals(rule.Action, action, StringComparison.Ordinal))
                {
                    continue;
                }

                if (rule.MaxPerSecond is { } max)
                {
                    // Sliding one-second window over the calls let through; refused calls do not count, so a
                    // client that backs off gets through at the configured rate.
                    while (entry.Calls.TryPeek(out var first) && now - first >= TimeSpan.FromSeconds(1))
                    {
                        entry.Calls.Dequeue();
                    }

                    if (entry.Calls.Count < max)
                    {
                        entry.Calls.Enqueue(now);
                        continue;
                    }
                }

                if (rule.Probability < 1 && _random.NextDouble() >= rule.Probability)
                {
                    continue;
                }

                if (rule.Remaining is { } remaining)
                {
                    entry.Rule = rule with { Remaining = remaining - 1 };
                    if (remaining <= 1)
                    {
                        _rules.Remove(entry);
                    }
                }

                delay += TimeSpan.FromMilliseconds(rule.LatencyMs);
                if (rule.HttpStatus is not null || rule.ErrorCode is not null || rule.MaxPerSecond is not null)
                {
                    var code = rule.ErrorCode ?? (rule.MaxPerSecond is not null ? GseErrorCodes.RequestLimitExceeded : null);
                    var message = rule.ErrorMessage ?? (code is null ? null : $"Injected fault: {code} for {action}.");
                    return new FaultDecision(delay, code, message, rule.HttpStatus);
                }
            }

            return delay == TimeSpan.Zero ? FaultDecision.None : new FaultDecision(delay, null, null, null);
        }
    }

    private sealed class Entry(FaultRule rule)
    {
        public FaultRule Rule { get; set; } = rule;

        public Queue<DateTimeOffset> Calls { get; } = new();
    }
}
