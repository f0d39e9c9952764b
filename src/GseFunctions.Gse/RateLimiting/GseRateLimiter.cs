using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Threading.RateLimiting;
using GseFunctions.Gse.Telemetry;
using Microsoft.Extensions.Options;

namespace GseFunctions.Gse.RateLimiting;

/// <summary>
/// The process's GSE request budget: one sliding-window limiter per action and region, shared by every
/// <see cref="GseClient"/> built by the same container (the typed clients are transient; this is a singleton). A call
/// over its action's limit waits for a turn, oldest first, up to <see cref="GseRateLimitOptions.MaxWait"/>; past that,
/// or with <see cref="GseRateLimitOptions.QueueLimit"/> calls already waiting, it fails with
/// <see cref="GseErrorCodes.ClientRateLimited"/> and is never sent.
/// </summary>
/// <remarks>
/// GSE counts an action's calls per second (gse-api.md §1.6); the local GSE enforces that as a sliding one-second
/// window, the strictest reading. Here a permit taken during one <see cref="Segment"/> comes back
/// <see cref="SegmentsPerWindow"/> segments after that segment began, so the (n+1)th call of a limit n starts at least
/// <see cref="GuaranteedSpacing"/> after the first: one second plus a margin for the calls' differing trip times. The
/// price is a steady rate of n per <see cref="Window"/> (about 0.9 n per second) when calls queue. Segments advance on a
/// <see cref="TimeProvider"/> timer, so tests drive them with a fake clock.
/// </remarks>
public sealed class GseRateLimiter : IDisposable
{
    /// <summary>How often the window slides.</summary>
    internal static readonly TimeSpan Segment = TimeSpan.FromMilliseconds(50);

    /// <summary>Segments a permit stays taken.</summary>
    internal const int SegmentsPerWindow = 22;

    /// <summary>The window: 1.1 seconds.</summary>
    internal static readonly TimeSpan Window = Segment * SegmentsPerWindow;

    /// <summary>Shortest time between a call and the one a full limit after it: 1.05 seconds.</summary>
    internal static readonly TimeSpan GuaranteedSpacing = Segment * (SegmentsPerWindow - 1);

    private readonly GseRateLimitOptions _options;
    private readonly TimeProvider _time;
    private readonly GseClientInstruments _instruments;
    private readonly ConcurrentDictionary<(string Action, string Region), Lazy<ActionWindow>> _windows = new();
    private volatile bool _disposed;

    /// <summary>Creates the budget.</summary>
    /// <param name="options">The limits.</param>
    /// <param name="timeProvider">The clock that slides the windows and bounds the waits.</param>
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
    /// Waits until a call of <paramref name="action"/> in <paramref name="region"/> may be sent. Returns at once when the
    /// action is not limited or a permit is free.
    /// </summary>
    /// <param name="action">The action.</param>
    /// <param name="region">The region the call goes to.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>When the call may be sent.</returns>
    /// <exception cref="GseException">
    /// <see cref="GseErrorCodes.ClientRateLimited"/>: no turn within <see cref="GseRateLimitOptions.MaxWait"/>, or the queue is full.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="ObjectDisposedException">The budget was disposed.</exception>
    public async ValueTask AcquireAsync(string action, string region, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(region);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var limit = _options.LimitOf(action);
        if (limit == 0)
        {
            return;
        }

        var window = _windows.GetOrAdd((action, region), static (_, state) => new Lazy<ActionWindow>(() => new ActionWindow(state.limit, state.self)), (limit, self: this)).Value;
        using (var lease = window.Limiter.AttemptAcquire())
        {
            if (lease.IsAcquired)
            {
                return;
            }
        }

        var started = _time.GetTimestamp();
        var outcome = GseClientInstruments.RateLimitTimedOut;
        try
        {
            if (_options.MaxWait <= TimeSpan.Zero)
            {
                throw Refused(action, region, limit, $"the limit allows no wait ({GseRateLimitOptions.SectionName}:MaxWait is 0)");
            }

            using var timeout = new CancellationTokenSource(_options.MaxWait, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            RateLimitLease lease;
            try
            {
                lease = await window.Limiter.AcquireAsync(1, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && timeout.IsCancellationRequested)
            {
                throw Refused(action, region, limit, $"no turn came within {_options.MaxWait}");
            }

            using (lease)
            {
                if (!lease.IsAcquired)
                {
                    outcome = GseClientInstruments.RateLimitQueueFull;
                    throw Refused(action, region, limit, $"{_options.QueueLimit} calls already wait ({GseRateLimitOptions.SectionName}:QueueLimit)");
                }
            }

            outcome = GseClientInstruments.Ok;
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

    /// <summary>Stops the windows' timers; waiting calls fail.</summary>
    public void Dispose()
    {
        _disposed = true;
        foreach (var window in _windows.Values.Where(w => w.IsValueCreated))
        {
            window.Value.Dispose();
        }
    }

    private static GseException Refused(string action, string region, int limit, string why) =>
        new(GseErrorCodes.ClientRateLimited, $"Not sent: over this process's budget of {limit} {action} calls per second in {region}, and {why}.", null, action);

    /// <summary>One action's limiter in one region and the timer that slides it.</summary>
    private sealed class ActionWindow : IDisposable
    {
        private readonly ITimer _timer;

        public ActionWindow(int limit, GseRateLimiter owner)
        {
            Limiter = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
            {
                PermitLimit = limit,
                Window = Window,
                SegmentsPerWindow = SegmentsPerWindow,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                QueueLimit = owner._options.QueueLimit,

                // Slid by our timer, on the injected clock, instead of the limiter's own real-time one.
                AutoReplenishment = false,
            });
            _timer = owner._time.CreateTimer(static state => ((SlidingWindowRateLimiter)state!).TryReplenish(), Limiter, Segment, Segment);
        }

        public SlidingWindowRateLimiter Limiter { get; }

        public void Dispose()
        {
            _timer.Dispose();
            Limiter.Dispose();
        }
    }
}
