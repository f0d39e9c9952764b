using System.Collections.Concurrent;
using System.Net;
using System.Text;
using GseFunctions.Gse.Models;
using GseFunctions.Gse.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GseFunctions.Gse.Tests.Client;

/// <summary>The client under its request budget: what reaches the wire, and when, on a fake clock.</summary>
public sealed class GseClientRateLimitTests : IDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly ClockedHandler _handler;
    private readonly List<IDisposable> _disposables = [];

    public GseClientRateLimitTests() => _handler = new ClockedHandler(_time);

    public void Dispose()
    {
        foreach (var disposable in _disposables)
        {
            disposable.Dispose();
        }
    }

    [Fact]
    public async Task SendAsync_100ParallelCalls_AllSucceedAndNoSecondHoldsMoreThanTheLimit()
    {
        const int limit = 20;
        var client = Create(o => o.Actions["DescribeFleetAttributes"] = limit);

        var calls = Enumerable.Range(0, 100)
            .Select(i => client.DescribeFleetAttributesAsync(new DescribeFleetAttributesRequest { FleetIds = [$"fleet-{i}"] }))
            .ToList();
        for (var step = 0; step < 200 && !calls.TrueForAll(c => c.IsCompleted); step++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(50));
            await Task.Delay(5);
        }

        await Task.WhenAll(calls).WaitAsync(TimeSpan.FromSeconds(10));
        var sent = _handler.SentAt("DescribeFleetAttributes");
        Assert.Equal(100, sent.Count);

        // GSE's strictest reading of "20 per second": a sliding one-second window. The call `limit` places later must start
        // a full second after.
        for (var i = limit; i < sent.Count; i++)
        {
            Assert.True(sent[i] - sent[i - limit] >= TimeSpan.FromSeconds(1), $"call {i} started {sent[i] - sent[i - limit]} after call {i - limit}");
        }

        // ...and the budget is used, not wasted: the answers are instant here, so five rounds of 20 take four seconds.
        Assert.True(sent[^1] - sent[0] < TimeSpan.FromSeconds(4.5), $"100 calls took {sent[^1] - sent[0]}");
    }

    [Fact]
    public async Task SendAsync_RefusedByTheBudget_IsNeitherSentNorRetried()
    {
        var client = Create(o =>
        {
            o.Actions["UpdateAlias"] = 1;
            o.MaxWait = TimeSpan.Zero;
        });
        await client.UpdateAliasAsync(new UpdateAliasRequest { AliasId = "alias-1" });

        var error = await Assert.ThrowsAsync<GseException>(() => client.UpdateAliasAsync(new UpdateAliasRequest { AliasId = "alias-1" }));

        Assert.Equal(GseErrorCodes.ClientRateLimited, error.Code);
        Assert.Single(_handler.SentAt("UpdateAlias"));
    }

    [Fact]
    public async Task SendAsync_ServerThrottles_RetryWaitsForItsOwnTurn()
    {
        _handler.ThrottleFirst("DescribeAlias");
        var client = Create(o => o.Actions["DescribeAlias"] = 1);

        var call = client.DescribeAliasAsync(new DescribeAliasRequest { AliasId = "alias-1" });
        for (var step = 0; step < 100 && !call.IsCompleted; step++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(50));
            await Task.Delay(5);
        }

        await call.WaitAsync(TimeSpan.FromSeconds(5));
        var sent = _handler.SentAt("DescribeAlias");
        Assert.Equal(2, sent.Count);
        Assert.True(sent[1] - sent[0] >= TimeSpan.FromSeconds(1), "the retry is a call too: it waits for a permit");
    }

    [Fact]
    public async Task AddGseClient_ClientsOfOneContainer_ShareOneBudgetFromConfiguration()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gse:SecretId"] = "AKIDX",
            ["Gse:SecretKey"] = "key",
            ["Gse:RateLimits:ResolveAlias"] = "1",
            ["Gse:RateLimits:MaxWait"] = "00:00:00",
        }).Build());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddGseClient().Services.AddHttpClient<GseClient>().ConfigurePrimaryHttpMessageHandler(() => _handler);
        using var provider = services.BuildServiceProvider();

        var first = provider.GetRequiredService<GseClient>();
        var second = provider.GetRequiredService<GseClient>();
        Assert.NotSame(first, second);
        await first.ResolveAliasAsync(new ResolveAliasRequest { AliasId = "alias-1" });
        var error = await Assert.ThrowsAsync<GseException>(() => second.ResolveAliasAsync(new ResolveAliasRequest { AliasId = "alias-1" }));

        Assert.Equal(GseErrorCodes.ClientRateLimited, error.Code);
        Assert.Single(_handler.SentAt("ResolveAlias"));
        await second.DescribeAliasAsync(new DescribeAliasRequest { AliasId = "alias-1" });
    }

    private GseClient Create(Action<GseRateLimitOptions> configure)
    {
        var limits = new GseRateLimitOptions();
        configure(limits);
        var limiter = new GseRateLimiter(Options.Create(limits), _time);
        _disposables.Add(limiter);
        var options = new GseClientOptions
        {
            Endpoint = new Uri("https://gse.tencentcloudapi.com/"),
            SecretId = "AKIDTEST",
            SecretKey = "RateLimitSecretKey",
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        };
        var http = new HttpClient(_handler, disposeHandler: false);
        _disposables.Add(http);
        return new GseClient(http, Options.Create(options), _time, NullLogger<GseClient>.Instance, rateLimiter: limiter);
    }

    /// <summary>Answers every call at once with an empty success (or a throttle first, when asked) and notes when it arrived.</summary>
    private sealed class ClockedHandler(TimeProvider time) : HttpMessageHandler
    {
        private readonly ConcurrentQueue<(string Action, DateTimeOffset At)> _sent = new();
        private readonly ConcurrentDictionary<string, int> _throttle = new(StringComparer.Ordinal);

        public void ThrottleFirst(string action) => _throttle[action] = 1;

        public List<DateTimeOffset> SentAt(string action) => [.. _sent.Where(s => s.Action == action).Select(s => s.At).Order()];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var action = request.Headers.GetValues("X-TC-Action").Single();
            _sent.Enqueue((action, time.GetUtcNow()));
            var json = _throttle.TryRemove(action, out _)
                ? """{"Response": {"Error": {"Code": "RequestLimitExceeded", "Message": "slow down"}, "RequestId": "r"}}"""
                : """{"Response": {"RequestId": "r"}}""";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
        }
    }
}
