using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Threading.RateLimiting;
using GseFunctions.Gse.Telemetry;
using Microsoft.Extensions.Options;

namespace GseFunctions.Gse.RateLimiting;

/// <summary>
/// The process's GSE request budget: one limiter per action and region, shared by every <see cref="GseClient"/> built by
/// the same container (the typed clients are transient; this is a singleton). A call over its action's limit waits for
/// a turn, oldest first, up to <see cref="GseRateLimitOptions.MaxWait"/>; past that, or with
/// <see cref="GseRateLimitOptions.QueueLimit"/> calls already waiting, it fails with
/// <see cref="GseErrorCodes.ClientRateLimited"/> and is never sent.
/// </summary>
/// <remarks>
/// GSE counts an action's calls per second (gse-api.md §1.6); the local GSE enforces that as a sliding one-second
/// window over the calls it receives, the strictest reading. Counting when calls leave the client is not enough: a call
/// that set out first can arrive later (a cold connection, a busy core), so the service would see two calls closer than
/// the client sent them. So a limit n is n turns, and a turn comes back <see cref="Hold"/> after the call it served has
/// ended (answered, failed or given up). The call n turns later leaves after that, so it reaches the service at least a
/// second after the earlier one did, whatever the trip times. The price is one round trip per turn: n calls per
/// (1 s + latency) when calls queue. Turns come back on a <see cref="TimeProvider"/> timer, so tests use a fake clock.
/// </remarks>
public sealed class GseRateLimiter : IDisposable
{
    /// <summary>How long a turn stays taken after its call ended: GSE's one-second window.</summary>
    public static TimeSpan Hold { get; } = TimeSpan.FromSeconds(1);

    private static readonly IDisposable NoTurn = new Turn(null, null);

    private readonly GseRateLimitOptions _options;
    private readonly TimeProvider _time;
    private readonly GseClientInstruments _instruments;
    private readonly ConcurrentDictionary<(string Action, string Region), Lazy<ConcurrencyLimiter>> _limiters = new();
    private volatile bool _disposed;

    /// <summary>Creates the budget.</summary>
    /// <param name="options">The limits.</param>
    /// <param name="timeProvider">The clock that gives turns back and bounds the waits.</param>
    /// <param name="meterFactory">Where the wait metrics go (the host's); without one, a static meter of the same name.</param>
    public GseRateLimiter(IOptions<GseRateLimitOptions> options, TimeProvider timeProvider, IMeterFactory? meterFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options.Value;
        _time = timeProvider;
        _instruments = GseClientInstruments.For(meterFactory);
    }

    /// <summary>The limits in force.</summary>
    public GseRateLimitOptions Options => _options;

    /// <summary>
    /// Waits for a turn to send a call of <paramref name="action"/> in <paramref name="region"/>. Returns at once when the
    /// action is not limited or a turn is free. Dispose the turn when the call has ended; it comes back
    /// <see cref="Hold"/> later.
    /// </summary>
    /// <param name="action">The action.</param>
    /// <param name="region">The region the call goes to.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The turn, to dispose when the call has ended.</returns>
    /// <exception cref="GseException">
    /// <see cref="GseErrorCodes.ClientRateLimited"/>: no turn within <see cref="GseRateLimitOptions.MaxWait"/>, or the queue is full.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="ObjectDisposedException">The budget was disposed.</exception>
    public async ValueTask<IDisposable> AcquireAsync(string action, string region, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(region);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var limit = _options.LimitOf(action);
        if (limit == 0)
        {
            return NoTurn;
        }

        var limiter = _limiters.GetOrAdd((action, region), static (_, state) => new Lazy<ConcurrencyLimiter>(() => new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = state.limit,
            QueueLimit = state.queue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        })), (limit, queue: _options.QueueLimit)).Value;
        var lease = limiter.AttemptAcquire();
        if (lease.IsAcquired)
        {
            return new Turn(lease, _time);
        }

        lease.Dispose();
        var started = _time.GetTimestamp();
        var outcome = GseClientInstruments.RateLimitTimedOut;
        try
        {
            if (_options.MaxWait <= TimeSpan.Zero)
            {
                throw Refused(action, region, limit, $"the budget allows no wait ({GseRateLimitOptions.SectionName}:MaxWait is 0)");
            }

            using var timeout = new CancellationTokenSource(_options.MaxWait, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            try
            {
                lease = await limiter.AcquireAsync(1, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && timeout.IsCancellationRequested)
            {
                throw Refused(action, region, limit, $"no turn came within {_options.MaxWait}");
            }

            if (!lease.IsAcquired)
            {
                lease.Dispose();
                ObjectDisposedException.ThrowIf(_disposed, this);
                outcome = GseClientInstruments.RateLimitQueueFull;
                throw Refused(action, region, limit, $"{_options.QueueLimit} calls already wait ({GseRateLimitOptions.SectionName}:QueueLimit)");
            }

            outcome = GseClientInstruments.Ok;
            return new Turn(lease, _time);
        }
        catch (OperationCanceledException)
        {
            outcome = GseClientInstruments.Cancelled;
            throw;
        }
        finally
        {
            _instruments.RecordRateLimitWait(action, region, outcome, _time.GetElapsedTime(started));
        }
    }

    /// <summary>Disposes the limiters; waiting calls fail.</summary>
    public void Dispose()
    {
        _disposed = true;
        foreach (var limiter in _limiters.Values.Where(l => l.IsValueCreated))
        {
            limiter.Value.Dispose();
        }
    }

    private static GseException Refused(string action, string region, int limit, string why) =>
        new(GseErrorCodes.ClientRateLimited, $"Not sent: over this process's budget of {limit} {action} calls per second in {region}, and {why}.", null, action);

    /// <summary>A taken turn: disposing it starts the <see cref="Hold"/> after which the permit is free again.</summary>
    private sealed class Turn(RateLimitLease? lease, TimeProvider? time) : IDisposable
    {
        private int _ended;
        private long _endedAt;
        private ITimer? _timer;

        public void Dispose()
        {
            if (lease is null || time is null || Interlocked.Exchange(ref _ended, 1) == 1)
            {
                return;
            }

            _endedAt = time.GetTimestamp();
            _timer = time.CreateTimer(static state => ((Turn)state!).Release(), this, Hold, Timeout.InfiniteTimeSpan);
        }

        private void Release()
        {
            // Timers run on a coarse clock and may fire a few milliseconds early; the turn comes back only once a full
            // Hold has passed on the fine one.
            var left = Hold - time!.GetElapsedTime(_endedAt);
            if (left > TimeSpan.Zero)
            {
                _timer!.Change(left, Timeout.InfiniteTimeSpan);
                return;
            }

            lease!.Dispose();
            _timer!.Dispose();
        }
    }
}
