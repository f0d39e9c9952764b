using GseFunctions.Api.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GseFunctions.Api.Tests.Health;

/// <summary>The readiness cache on a fake clock and a health check service that counts its runs and can be held.</summary>
public sealed class ReadinessCacheTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(5);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly CountingHealthService _health = new();

    [Fact]
    public async Task CheckAsync_WithinTheDuration_RunsTheChecksOnce()
    {
        var cache = Cache(Duration);

        var first = await cache.CheckAsync();
        _time.Advance(Duration - TimeSpan.FromMilliseconds(1));
        var second = await cache.CheckAsync();

        Assert.Equal(1, _health.Runs);
        Assert.Same(first, second);
    }

    [Fact]
    public async Task CheckAsync_OnceTheDurationHasPassed_RunsTheChecksAgain()
    {
        var cache = Cache(Duration);

        var first = await cache.CheckAsync();
        _time.Advance(Duration);
        var second = await cache.CheckAsync();

        Assert.Equal(2, _health.Runs);
        Assert.NotSame(first, second);
    }

    [Fact]
    public async Task CheckAsync_TwentyCallersWhileTheChecksRun_ShareOneRun()
    {
        var cache = Cache(Duration);
        _health.Hold();

        var callers = Enumerable.Range(0, 20).Select(_ => cache.CheckAsync()).ToList();
        Assert.All(callers, c => Assert.False(c.IsCompleted));
        _health.Release();
        var reports = await Task.WhenAll(callers);

        Assert.Equal(1, _health.Runs);
        Assert.All(reports, r => Assert.Same(reports[0], r));
    }

    [Fact]
    public async Task CheckAsync_ZeroDuration_RunsPerRequestButSharesARunUnderWay()
    {
        var cache = Cache(TimeSpan.Zero);

        await cache.CheckAsync();
        await cache.CheckAsync();
        Assert.Equal(2, _health.Runs);

        _health.Hold();
        var callers = Enumerable.Range(0, 5).Select(_ => cache.CheckAsync()).ToList();
        _health.Release();
        await Task.WhenAll(callers);
        Assert.Equal(3, _health.Runs);
    }

    [Fact]
    public async Task CheckAsync_OneCallerCancels_TheOthersStillGetTheReport()
    {
        var cache = Cache(Duration);
        _health.Hold();
        using var leaving = new CancellationTokenSource();

        var gone = cache.CheckAsync(leaving.Token);
        var staying = cache.CheckAsync();
        await leaving.CancelAsync();
        _health.Release();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gone);
        Assert.Equal(HealthStatus.Healthy, (await staying).Status);
        Assert.False(_health.SawCancellableToken, "the shared run must not take a caller's token");
    }

    [Fact]
    public async Task CheckAsync_RunThrows_IsNotKeptAndTheNextCallRunsAgain()
    {
        var cache = Cache(Duration);
        _health.ThrowNext = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.CheckAsync());
        var report = await cache.CheckAsync();

        Assert.Equal(2, _health.Runs);
        Assert.Equal(HealthStatus.Healthy, report.Status);
    }

    [Fact]
    public async Task CheckAsync_UnhealthyReport_IsKeptLikeAHealthyOne()
    {
        var cache = Cache(Duration);
        _health.Status = HealthStatus.Unhealthy;

        await cache.CheckAsync();
        var again = await cache.CheckAsync();

        Assert.Equal(1, _health.Runs);
        Assert.Equal(HealthStatus.Unhealthy, again.Status);
    }

    private ReadinessCache Cache(TimeSpan duration) =>
        new(_health, Options.Create(new HealthOptions { ReadinessCacheDuration = duration }), _time);

    private sealed class CountingHealthService : HealthCheckService
    {
        private TaskCompletionSource _gate = Completed();
        private int _runs;

        public int Runs => Volatile.Read(ref _runs);

        public bool ThrowNext { get; set; }

        public bool SawCancellableToken { get; private set; }

        public HealthStatus Status { get; set; } = HealthStatus.Healthy;

        public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _gate.TrySetResult();

        public override async Task<HealthReport> CheckHealthAsync(Func<HealthCheckRegistration, bool>? predicate, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _runs);
            SawCancellableToken |= cancellationToken.CanBeCanceled;
            await _gate.Task;
            if (ThrowNext)
            {
                ThrowNext = false;
                throw new InvalidOperationException("the health check service failed");
            }

            var entry = new HealthReportEntry(Status, null, TimeSpan.FromMilliseconds(3), null, null);
            return new HealthReport(new Dictionary<string, HealthReportEntry> { ["gse"] = entry }, TimeSpan.FromMilliseconds(3));
        }

        private static TaskCompletionSource Completed()
        {
            var done = new TaskCompletionSource();
            done.SetResult();
            return done;
        }
    }
}
