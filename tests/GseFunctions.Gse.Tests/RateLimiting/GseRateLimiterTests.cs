using System.Diagnostics.Metrics;
using GseFunctions.Gse.RateLimiting;
using GseFunctions.Gse.Telemetry;
using GseFunctions.Testing.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GseFunctions.Gse.Tests.RateLimiting;

/// <summary>
/// The request budget on a fake clock: turns are counted, not timed, and the clock moves in small steps, so the figures
/// are exact and the tests take milliseconds.
/// </summary>
public sealed class GseRateLimiterTests : IDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly List<GseRateLimiter> _limiters = [];

    public void Dispose()
    {
        foreach (var limiter in _limiters)
        {
            limiter.Dispose();
        }
    }

    [Fact]
    public async Task AcquireAsync_OverTheLimit_WaitsUntilAnEarlierCallEndedOneSecondAgo()
    {
        var limiter = Create(o => o.Actions["DescribeAlias"] = 5);

        var calls = Enumerable.Range(0, 12).Select(_ => limiter.AcquireAsync("DescribeAlias", "ap-shanghai").AsTask()).ToList();
        await Settle();
        Assert.Equal(5, calls.Count(c => c.IsCompletedSuccessfully));

        // A turn in use (the call has not ended) is not given back, however long it takes.
        await AdvanceAsync(TimeSpan.FromSeconds(3));
        Assert.Equal(5, calls.Count(c => c.IsCompletedSuccessfully));

        // The five calls end now: their turns come back a second later, not a moment sooner, to the oldest waiters.
        EndCalls(calls);
        await AdvanceAsync(GseRateLimiter.Hold - TimeSpan.FromMilliseconds(1));
        Assert.Equal(5, calls.Count(c => c.IsCompletedSuccessfully));
        await AdvanceAsync(TimeSpan.FromMilliseconds(1));
        await Eventually(() => calls.Count(c => c.IsCompletedSuccessfully) == 10);
        Assert.All(calls.Take(10), c => Assert.True(c.IsCompletedSuccessfully));

        EndCalls(calls);
        await AdvanceAsync(GseRateLimiter.Hold);
        await Eventually(() => calls.All(c => c.IsCompletedSuccessfully));
    }

    [Fact]
    public async Task AcquireAsync_ActionsAndRegionsAreIndependent()
    {
        var limiter = Create(o => o.Default = 1);

        (await limiter.AcquireAsync("DescribeAlias", "ap-shanghai")).Dispose();
        var sameAgain = limiter.AcquireAsync("DescribeAlias", "ap-shanghai").AsTask();
        var otherAction = limiter.AcquireAsync("UpdateAlias", "ap-shanghai").AsTask();
        var otherRegion = limiter.AcquireAsync("DescribeAlias", "ap-guangzhou").AsTask();
        await Settle();

        Assert.True(otherAction.IsCompletedSuccessfully);
        Assert.True(otherRegion.IsCompletedSuccessfully);
        Assert.False(sameAgain.IsCompleted);
        await AdvanceAsync(GseRateLimiter.Hold);
        await sameAgain.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 0)]
    public async Task AcquireAsync_DisabledOrNoLimit_NeverWaits(bool enabled, int limit)
    {
        var limiter = Create(o =>
        {
            o.Enabled = enabled;
            o.Actions["CreateGameServerSession"] = limit;
            o.MaxWait = TimeSpan.Zero;
        });

        var calls = Enumerable.Range(0, 1_000).Select(_ => limiter.AcquireAsync("CreateGameServerSession", "ap-shanghai")).ToList();

        Assert.All(calls, c => Assert.True(c.IsCompletedSuccessfully));
        await Task.WhenAll(calls.Select(c => c.AsTask()));
    }

    [Fact]
    public async Task AcquireAsync_NoTurnWithinMaxWait_FailsWithTheThrottlingCode()
    {
        var limiter = Create(o =>
        {
            o.Actions["UpdateAlias"] = 1;
            o.MaxWait = TimeSpan.FromMilliseconds(200);
        });
        (await limiter.AcquireAsync("UpdateAlias", "ap-shanghai")).Dispose();

        var waiting = limiter.AcquireAsync("UpdateAlias", "ap-shanghai").AsTask();
        await AdvanceAsync(TimeSpan.FromMilliseconds(150));
        Assert.False(waiting.IsCompleted);
        await AdvanceAsync(TimeSpan.FromMilliseconds(50));

        var error = await Assert.ThrowsAsync<GseException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(GseErrorCodes.ClientRateLimited, error.Code);
        Assert.True(GseErrorCodes.IsInFamily(error.Code, GseErrorCodes.RequestLimitExceeded));
        Assert.True(error.IsTransient);
        Assert.Equal("UpdateAlias", error.Action);
        Assert.Contains("1 UpdateAlias calls per second in ap-shanghai", error.Message, StringComparison.Ordinal);
        Assert.Contains("00:00:00.2", error.Message, StringComparison.Ordinal);

        // The timed-out call gave up its place: the returned turn serves a new caller.
        await AdvanceAsync(GseRateLimiter.Hold);
        await limiter.AcquireAsync("UpdateAlias", "ap-shanghai").AsTask().WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AcquireAsync_QueueFull_FailsAtOnceWithoutWaiting()
    {
        var limiter = Create(o =>
        {
            o.Actions["CopyFleet"] = 1;
            o.QueueLimit = 1;
        });
        (await limiter.AcquireAsync("CopyFleet", "ap-shanghai")).Dispose();
        var queued = limiter.AcquireAsync("CopyFleet", "ap-shanghai").AsTask();

        var error = await Assert.ThrowsAsync<GseException>(() => limiter.AcquireAsync("CopyFleet", "ap-shanghai").AsTask());

        Assert.Equal(GseErrorCodes.ClientRateLimited, error.Code);
        Assert.Contains("QueueLimit", error.Message, StringComparison.Ordinal);
        Assert.False(queued.IsCompleted);
        await AdvanceAsync(GseRateLimiter.Hold);
        await queued.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AcquireAsync_Cancelled_ThrowsOperationCanceledAndFreesTheQueue()
    {
        var limiter = Create(o =>
        {
            o.Actions["DeleteFleet"] = 1;
            o.QueueLimit = 1;
        });
        (await limiter.AcquireAsync("DeleteFleet", "ap-shanghai")).Dispose();
        using var cancel = new CancellationTokenSource();
        var waiting = limiter.AcquireAsync("DeleteFleet", "ap-shanghai", cancel.Token).AsTask();

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(5)));
        var next = limiter.AcquireAsync("DeleteFleet", "ap-shanghai").AsTask();
        await AdvanceAsync(GseRateLimiter.Hold);
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Dispose_FailsWaitingCallsAsDisposed()
    {
        var limiter = Create(o => o.Actions["DescribeAlias"] = 1);
        using var held = await limiter.AcquireAsync("DescribeAlias", "ap-shanghai");
        var waiting = limiter.AcquireAsync("DescribeAlias", "ap-shanghai").AsTask();

        limiter.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(5)));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => limiter.AcquireAsync("DescribeAlias", "ap-shanghai").AsTask());
    }

    [Fact]
    public async Task AcquireAsync_Waits_AreMeasuredByActionRegionAndOutcome_ImmediatePermitsAreNot()
    {
        using var metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = metrics.GetRequiredService<IMeterFactory>();
        using var measurements = new MeasurementCollector(GseTelemetry.MeterName, factory);
        var options = new GseRateLimitOptions { MaxWait = TimeSpan.FromMilliseconds(100) };
        options.Actions["DescribeFleetAttributes"] = 1;
        var limiter = new GseRateLimiter(Options.Create(options), _time, factory);
        _limiters.Add(limiter);

        using var first = await limiter.AcquireAsync("DescribeFleetAttributes", "ap-shanghai");
        var second = limiter.AcquireAsync("DescribeFleetAttributes", "ap-shanghai").AsTask();
        var third = limiter.AcquireAsync("DescribeFleetAttributes", "ap-shanghai").AsTask();
        await AdvanceAsync(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAsync<GseException>(() => second.WaitAsync(TimeSpan.FromSeconds(5)));
        await Assert.ThrowsAsync<GseException>(() => third.WaitAsync(TimeSpan.FromSeconds(5)));

        var waits = measurements.Of("gse.client.rate_limit.waits");
        Assert.Equal(2, waits.Count);
        Assert.All(waits, w =>
        {
            Assert.Equal("DescribeFleetAttributes", w.Tag("gse.action"));
            Assert.Equal("ap-shanghai", w.Tag("gse.region"));
            Assert.Equal("timed_out", w.Tag("gse.outcome"));
        });
        Assert.All(measurements.Of("gse.client.rate_limit.wait_duration"), d => Assert.Equal(0.1, d.Value, 3));
    }

    private GseRateLimiter Create(Action<GseRateLimitOptions> configure)
    {
        var options = new GseRateLimitOptions();
        configure(options);
        var limiter = new GseRateLimiter(Options.Create(options), _time);
        _limiters.Add(limiter);
        return limiter;
    }

    // The fake clock fires due timers inside Advance; small steps let the waiters resume in between.
    private async Task AdvanceAsync(TimeSpan by)
    {
        var step = TimeSpan.FromMilliseconds(50);
        for (var left = by; left > TimeSpan.Zero; left -= step)
        {
            _time.Advance(left < step ? left : step);
            await Settle();
        }
    }

    private static void EndCalls(IEnumerable<Task<IDisposable>> calls)
    {
        foreach (var call in calls.Where(c => c.IsCompletedSuccessfully))
        {
            call.Result.Dispose();
        }
    }

    // Waiters resume on the thread pool; give them a moment.
    private static Task Settle() => Task.Delay(20);

    private static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 250 && !condition(); i++)
        {
            await Task.Delay(20);
        }

        Assert.True(condition());
    }
}
