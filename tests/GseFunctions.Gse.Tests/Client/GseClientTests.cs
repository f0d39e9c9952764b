using System.Net;
using GseFunctions.Gse.Models;
using GseFunctions.Gse.Signing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GseFunctions.Gse.Tests.Client;

public sealed class GseClientTests
{
    private const string Secret = "VerySecretKeyThatMustNeverLeak";

    private static GseClient Create(StubHandler handler, Action<GseClientOptions>? configure = null)
    {
        var options = new GseClientOptions
        {
            Endpoint = new Uri("https://gse.tencentcloudapi.com/"),
            Region = "ap-shanghai",
            SecretId = "AKIDTEST",
            SecretKey = Secret,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            MaxRetryAttempts = 3,
            Timeout = TimeSpan.FromSeconds(5),
        };
        configure?.Invoke(options);
        return new GseClient(new HttpClient(handler), Options.Create(options), TimeProvider.System, NullLogger<GseClient>.Instance);
    }

    [Fact]
    public async Task SendAsync_Success_SendsSignedApi3Request()
    {
        var handler = new StubHandler().Envelope("""{"Alias": {"AliasId": "alias-1", "Name": "a"}, "RequestId": "r-1"}""");
        var client = Create(handler);

        var response = await client.DescribeAliasAsync(new DescribeAliasRequest { AliasId = "alias-1" });

        Assert.Equal("alias-1", response.Alias?.AliasId);
        Assert.Equal("r-1", response.RequestId);
        var (request, body) = Assert.Single(handler.Received);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("""{"AliasId":"alias-1"}""", body);
        Assert.Equal("DescribeAlias", request.Headers.GetValues("X-TC-Action").Single());
        Assert.Equal("2019-11-12", request.Headers.GetValues("X-TC-Version").Single());
        Assert.Equal("ap-shanghai", request.Headers.GetValues("X-TC-Region").Single());
        Assert.Equal("application/json", request.Content!.Headers.ContentType!.ToString());

        // The Authorization header is exactly what the signer computes for this body and timestamp.
        var timestamp = long.Parse(request.Headers.GetValues("X-TC-Timestamp").Single(), System.Globalization.CultureInfo.InvariantCulture);
        var expected = Tc3Signer.Sign(new Tc3SigningInput("AKIDTEST", Secret, "gse", "gse.tencentcloudapi.com", "application/json", timestamp, System.Text.Encoding.UTF8.GetBytes(body)));
        Assert.Equal(expected.Authorization, request.Headers.GetValues("Authorization").Single());
    }

    [Fact]
    public async Task SendAsync_NullFields_AreOmittedFromBody()
    {
        var handler = new StubHandler().Envelope("""{"RequestId": "r"}""");
        var client = Create(handler);

        await client.UpdateAliasAsync(new UpdateAliasRequest { AliasId = "alias-1", RoutingStrategy = new RoutingStrategy { Type = "SIMPLE", FleetId = "fleet-2" } });

        Assert.Equal("""{"AliasId":"alias-1","RoutingStrategy":{"Type":"SIMPLE","FleetId":"fleet-2"}}""", handler.Received.Single().Body);
    }

    [Theory]
    [InlineData("RequestLimitExceeded")]
    [InlineData("RequestLimitExceeded.UinLimitExceeded")]
    [InlineData("InternalError")]
    [InlineData("ServiceUnavailable")]
    public async Task SendAsync_TransientError_IsRetriedThenSucceeds(string code)
    {
        var handler = new StubHandler().Error(code).Error(code).Envelope("""{"Alias": {"AliasId": "alias-1"}, "RequestId": "r-3"}""");
        var client = Create(handler);

        var response = await client.DescribeAliasAsync(new DescribeAliasRequest { AliasId = "alias-1" });

        Assert.Equal("r-3", response.RequestId);
        Assert.Equal(3, handler.Received.Count);
        var timestamps = handler.Received.Select(r => r.Request.Headers.GetValues("Authorization").Single()).ToList();
        Assert.Equal(3, timestamps.Count);
    }

    [Fact]
    public async Task SendAsync_Http503OnRead_IsRetried()
    {
        var handler = new StubHandler().Status(HttpStatusCode.ServiceUnavailable).Envelope("""{"Alias": {"AliasId": "alias-1"}, "RequestId": "ok"}""");
        var client = Create(handler);

        var response = await client.DescribeAliasAsync(new DescribeAliasRequest { AliasId = "alias-1" });

        Assert.Equal("ok", response.RequestId);
        Assert.Equal(2, handler.Received.Count);
    }

    [Fact]
    public async Task SendAsync_Http503OnMutation_ThrowsWithoutSendingItAgain()
    {
        var handler = new StubHandler().Status(HttpStatusCode.ServiceUnavailable).Envelope("""{"RequestId": "ok"}""");
        var client = Create(handler);

        var ex = await Assert.ThrowsAsync<GseException>(() => client.DeleteAliasAsync(new DeleteAliasRequest { AliasId = "alias-1" }));

        Assert.Equal(GseErrorCodes.ClientServerError, ex.Code);
        Assert.True(ex.IsTransient);
        Assert.Single(handler.Received);
    }

    [Fact]
    public async Task SendAsync_ConnectionRefusedOnMutation_IsRetriedBecauseNothingWasSent()
    {
        var handler = new StubHandler()
            .Then((_, _) => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:1)"))
            .Envelope("""{"RequestId": "ok"}""");
        var client = Create(handler);

        var response = await client.DeleteAliasAsync(new DeleteAliasRequest { AliasId = "alias-1" });

        Assert.Equal("ok", response.RequestId);
        Assert.Equal(2, handler.Received.Count);
    }

    [Fact]
    public async Task SendAsync_ConnectionDroppedMidMutation_ThrowsWithoutSendingItAgain()
    {
        var handler = new StubHandler()
            .Then((_, _) => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."))
            .Envelope("""{"RequestId": "ok"}""");
        var client = Create(handler);

        var ex = await Assert.ThrowsAsync<GseException>(() => client.DeleteAliasAsync(new DeleteAliasRequest { AliasId = "alias-1" }));

        Assert.Equal(GseErrorCodes.ClientTransport, ex.Code);
        Assert.Single(handler.Received);
    }

    [Fact]
    public async Task SendAsync_MutationThrottled_IsRetried()
    {
        var handler = new StubHandler().Error("RequestLimitExceeded").Envelope("""{"RequestId": "ok"}""");
        var client = Create(handler);

        var response = await client.DeleteAliasAsync(new DeleteAliasRequest { AliasId = "alias-1" });

        Assert.Equal("ok", response.RequestId);
        Assert.Equal(2, handler.Received.Count);
    }

    [Theory]
    [InlineData("ResourceNotFound")]
    [InlineData("InvalidParameterValue")]
    [InlineData("AuthFailure.SignatureFailure")]
    [InlineData("LimitExceeded")]
    public async Task SendAsync_PermanentError_ThrowsOnceWithCodeAndRequestId(string code)
    {
        var handler = new StubHandler().Error(code, "no such thing", "req-42");
        var client = Create(handler);

        var ex = await Assert.ThrowsAsync<GseException>(() => client.DescribeAliasAsync(new DescribeAliasRequest { AliasId = "alias-x" }));

        Assert.Equal(code, ex.Code);
        Assert.Equal("req-42", ex.RequestId);
        Assert.Equal("DescribeAlias", ex.Action);
        Assert.Equal("no such thing", ex.ServiceMessage);
        Assert.False(ex.IsTransient);
        Assert.Single(handler.Received);
    }

    [Fact]
    public async Task SendAsync_TransientErrorBeyondRetries_ThrowsLastError()
    {
        var handler = new StubHandler();
        for (var i = 0; i < 4; i++)
        {
            handler.Error("RequestLimitExceeded", "slow down", $"req-{i}");
        }

        var client = Create(handler, o => o.MaxRetryAttempts = 3);

        var ex = await Assert.ThrowsAsync<GseException>(() => client.DescribeAliasAsync(new DescribeAliasRequest { AliasId = "a" }));

        Assert.Equal("RequestLimitExceeded", ex.Code);
        Assert.Equal("req-3", ex.RequestId);
        Assert.Equal(4, handler.Received.Count);
    }

    [Fact]
    public async Task SendAsync_NoAnswerWithinTimeout_ThrowsClientTimeoutAfterRetries()
    {
        var handler = new StubHandler().Hang().Hang();
        var client = Create(handler, o =>
        {
            o.Timeout = TimeSpan.FromMilliseconds(50);
            o.MaxRetryAttempts = 1;
        });

        var ex = await Assert.ThrowsAsync<GseException>(() => client.DescribeAliasAsync(new DescribeAliasRequest { AliasId = "a" }));

        Assert.Equal(GseErrorCodes.ClientTimeout, ex.Code);
        Assert.True(ex.IsTransient);
        Assert.Equal(2, handler.Received.Count);
    }

    [Fact]
    public async Task SendAsync_CallerCancels_ThrowsOperationCanceledWithoutRetry()
    {
        var handler = new StubHandler().Hang();
        var client = Create(handler);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.DescribeAliasAsync(new DescribeAliasRequest { AliasId = "a" }, cts.Token));

        Assert.Single(handler.Received);
    }

    [Fact]
    public async Task SendAsync_NotAnEnvelope_ThrowsBadResponse()
    {
        var handler = new StubHandler().Then((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html/>") }));
        var client = Create(handler);

        var ex = await Assert.ThrowsAsync<GseException>(() => client.DescribeAliasAsync(new DescribeAliasRequest { AliasId = "a" }));

        Assert.Equal(GseErrorCodes.ClientBadResponse, ex.Code);
    }

    [Fact]
    public async Task SendAsync_Failure_NeverPutsTheSecretInTheException()
    {
        var handler = new StubHandler().Error("AuthFailure.SignatureFailure");
        var client = Create(handler);

        var ex = await Assert.ThrowsAsync<GseException>(() => client.DescribeAliasAsync(new DescribeAliasRequest { AliasId = "a" }));

        Assert.DoesNotContain(Secret, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_ToString_RedactsSecrets()
    {
        var options = new GseClientOptions { SecretId = "id", SecretKey = Secret, Token = "tok-secret" };

        Assert.DoesNotContain(Secret, options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("tok-secret", options.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://gse.tencentcloudapi.com/", null, "gse")]
    [InlineData("http://127.0.0.1:5080/", null, "127")]
    [InlineData("http://localhost:5080/", null, "localhost")]
    [InlineData("http://127.0.0.1:5080/", "gse", "gse")]
    public void ServiceName_DerivedFromHostUnlessConfigured(string endpoint, string? configured, string expected) =>
        Assert.Equal(expected, GseClient.ServiceName(new Uri(endpoint), configured));
}
