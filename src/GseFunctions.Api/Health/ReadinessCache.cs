using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GseFunctions.Api.Health;

/// <summary>
/// Runs the readiness checks (storage, GSE) at most once per <see cref="HealthOptions.ReadinessCacheDuration"/>:
/// within that time every request gets the last report, and requests that arrive while the checks run wait for that
/// one run instead of starting their own. An anonymous route that called storage and GSE on every request would let
/// any caller multiply the service's GSE calls (and spend its GSE rate limit).
/// </summary>
public sealed class ReadinessCache
{
    private readonly HealthCheckService _health;
    private readonly TimeProvider _time;
    private readonly TimeSpan _duration;
    private readonly Lock _gate = new();
    private HealthReport? _report;
    private long _checkedAt;
    private Task<HealthReport>? _running;

    /// <summary>Creates the cache.</summary>
    /// <param name="health">The health check service whose registered checks are the readiness checks.</param>
    /// <param name="options">The cache duration.</param>
    /// <param name="time">The clock the cache duration is measured on.</param>
    public ReadinessCache(HealthCheckService health, IOptions<HealthOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(health);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _health = health;
        _time = time;
        _duration = options.Value.ReadinessCacheDuration;
    }

    /// <summary>
    /// The last report if it is younger than the cache duration, else the report of a run of the checks: the one under
    /// way, or a new one. A run that throws is not kept: the next request runs the checks again.
    /// </summary>
    /// <param name="cancellationToken">Stops this caller's wait; the run itself goes on for the others (each check has its own timeout).</param>
    /// <returns>The report.</returns>
    public Task<HealthReport> CheckAsync(CancellationToken cancellationToken = default)
    {
        TaskCompletionSource<HealthReport>? started = null;
        Task<HealthReport> running;
        lock (_gate)
        {
            if (_report is { } report && _time.GetElapsedTime(_checkedAt) < _duration)
            {
                return Task.FromResult(report);
            }

            if (_running is null)
            {
                started = new TaskCompletionSource<HealthReport>(TaskCreationOptions.RunContinuationsAsynchronously);
                _running = started.Task;
            }

            running = _running;
        }

        if (started is not null)
        {
            // Outside the lock: the checks may complete synchronously.
            _ = RunAsync(started);
        }

        return running.WaitAsync(cancellationToken);
    }

    private async Task RunAsync(TaskCompletionSource<HealthReport> run)
    {
        try
        {
            // Not a caller's token: callers share this run, and one leaving must not cancel it for the rest.
            var report = await _health.CheckHealthAsync(CancellationToken.None).ConfigureAwait(false);
            lock (_gate)
            {
                _report = report;
                _checkedAt = _time.GetTimestamp();
                _running = null;
            }

            run.SetResult(report);
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                _running = null;
            }

            run.SetException(e);
        }
    }
}
