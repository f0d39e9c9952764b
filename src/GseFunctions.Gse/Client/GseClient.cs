using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GseFunctions.Gse.Models;
using GseFunctions.Gse.RateLimiting;
using GseFunctions.Gse.Signing;
using GseFunctions.Gse.Telemetry;
using GseFunctions.Gse.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace GseFunctions.Gse;

/// <summary>
/// Client of Tencent Cloud GSE (API 2019-11-12) over the API 3.0 protocol: POST with a JSON body, signed
/// TC3-HMAC-SHA256. One typed method per action; every method is virtual so tests can stand in for it.
/// Transient failures (RequestLimitExceeded, InternalError, ServiceUnavailable, timeouts, transport errors,
/// HTTP 5xx) are retried with jittered exponential backoff, except that a mutation whose outcome is unknown (timeout,
/// transport error, HTTP 5xx) is not sent again: the service may have applied it. Every other error surfaces at once as
/// a <see cref="GseException"/>. Each attempt is signed afresh (the timestamp must be within 5 minutes) and, with a
/// <see cref="GseRateLimiter"/>, first waits for its turn within the process's request budget for the action.
/// Each call is traced and measured as <see cref="GseTelemetry"/> describes, at no cost when nothing listens.
/// </summary>
public partial class GseClient
{
    /// <summary>The API version this client speaks.</summary>
    public const string ApiVersion = "2019-11-12";

    private const string JsonContentType = "application/json";
    private static readonly string RequestClient = "GseFunctions/" + typeof(GseClient).Assembly.GetName().Version?.ToString(3);
    private static readonly ResiliencePropertyKey<int> RetriesKey = new("GseFunctions.Gse.Retries");
    private static readonly ResiliencePropertyKey<Activity?> ActivityKey = new("GseFunctions.Gse.Activity");

    private readonly HttpClient _http;
    private readonly GseClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _pipeline;
    private readonly GseClientInstruments _instruments;
    private readonly GseRateLimiter? _rateLimiter;

    /// <summary>For mocking only.</summary>
    protected GseClient()
    {
        _http = null!;
        _options = new GseClientOptions();
        _time = TimeProvider.System;
        _logger = NullLogger.Instance;
        _pipeline = ResiliencePipeline.Empty;
        _instruments = GseClientInstruments.For(null);
    }

    /// <summary>Creates a client.</summary>
    /// <param name="httpClient">The HTTP client; its own timeout is not used (each attempt has <see cref="GseClientOptions.Timeout"/>).</param>
    /// <param name="options">Endpoint, region, credentials and retry settings.</param>
    /// <param name="timeProvider">Clock for request timestamps, timeouts and backoff.</param>
    /// <param name="logger">Logger; it never receives the secret key.</param>
    /// <param name="meterFactory">
    /// Where the client's metrics come from (the host's, so they can be told apart per container); without one they go to a
    /// static meter of the same name.
    /// </param>
    /// <param name="rateLimiter">
    /// The process's request budget (<c>AddGseClient</c> registers one per container); without one, calls are not limited.
    /// </param>
    public GseClient(
        HttpClient httpClient,
        IOptions<GseClientOptions> options,
        TimeProvider timeProvider,
        ILogger<GseClient> logger,
        IMeterFactory? meterFactory = null,
        GseRateLimiter? rateLimiter = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _http = httpClient;
        _options = options.Value;
        _time = timeProvider;
        _logger = logger;
        _pipeline = BuildPipeline(_options, timeProvider, logger);
        _instruments = GseClientInstruments.For(meterFactory);
        _rateLimiter = rateLimiter;
    }

    /// <summary>The region requests are sent to.</summary>
    public virtual string Region => _options.Region;

    /// <summary>
    /// Sends any GSE action. The action name comes from the request type (<c>CreateAliasRequest</c> → <c>CreateAlias</c>).
    /// </summary>
    /// <typeparam name="TResponse">The action's response type.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between retries.</param>
    /// <returns>The response, with its <see cref="GseResponse.RequestId"/>.</returns>
    /// <exception cref="GseException">
    /// The service answered an error, or the call failed after its retries, or it found no turn within the request budget
    /// (<see cref="GseErrorCodes.ClientRateLimited"/>).
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public virtual async Task<TResponse> SendAsync<TResponse>(IGseRequest<TResponse> request, CancellationToken cancellationToken = default)
        where TResponse : GseResponse
    {
        ArgumentNullException.ThrowIfNull(request);
        var action = GseActionCatalog.ActionName(request.GetType());
        var body = JsonSerializer.SerializeToUtf8Bytes(request, request.GetType(), GseJson.Request);
        var context = ResilienceContextPool.Shared.Get(action, cancellationToken);
        using var activity = GseClientInstruments.StartCall(action, _options.Region);
        context.Properties.Set(ActivityKey, activity);
        var started = _time.GetTimestamp();
        var outcome = GseClientInstruments.UnexpectedError;
        string? requestId = null;
        try
        {
            var response = await _pipeline.ExecuteAsync(
                static (ctx, state) => new ValueTask<TResponse>(state.client.SendInTurnAsync<TResponse>(state.action, state.body, ctx.CancellationToken)),
                context,
                (client: this, action, body)).ConfigureAwait(false);
            outcome = GseClientInstruments.Ok;
            requestId = response.RequestId;
            return response;
        }
        catch (GseException ex)
        {
            outcome = ex.Code;
            requestId = ex.RequestId;
            activity?.SetStatus(ActivityStatusCode.Error, ex.Code);
            activity?.SetTag(GseClientInstruments.ErrorCodeTag, ex.Code);
            activity?.SetTag(GseClientInstruments.ErrorTypeTag, ex.Code);
            throw;
        }
        catch (Exception ex)
        {
            outcome = ex is OperationCanceledException ? GseClientInstruments.Cancelled : GseClientInstruments.UnexpectedError;
            activity?.SetStatus(ActivityStatusCode.Error, outcome);
            activity?.SetTag(GseClientInstruments.ErrorTypeTag, ex.GetType().FullName);
            throw;
        }
        finally
        {
            _instruments.Record(action, outcome, _time.GetElapsedTime(started));
            if (activity is { IsAllDataRequested: true })
            {
                activity.SetTag(GseClientInstruments.RequestIdTag, requestId);
                activity.SetTag(GseClientInstruments.RetryCountTag, context.Properties.GetValue(RetriesKey, 0));
            }

            ResilienceContextPool.Shared.Return(context);
        }
    }

    // Every attempt counts against GSE's limit, so each one (retries too) waits for its own turn.
    private async Task<TResponse> SendInTurnAsync<TResponse>(string action, byte[] body, CancellationToken cancellationToken)
        where TResponse : GseResponse
    {
        if (_rateLimiter is not null)
        {
            await _rateLimiter.AcquireAsync(action, _options.Region, cancellationToken).ConfigureAwait(false);
        }

        return await SendOnceAsync<TResponse>(action, body, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TResponse> SendOnceAsync<TResponse>(string action, byte[] body, CancellationToken cancellationToken)
        where TResponse : GseResponse
    {
        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var message = CreateMessage(action, body);
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            var payload = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
            return Parse<TResponse>(action, response.StatusCode, payload);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested && timeout.IsCancellationRequested)
        {
            throw new GseException(GseErrorCodes.ClientTimeout, $"No answer within {_options.Timeout}.", null, action, ex);
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            throw new GseException(GseErrorCodes.ClientConnectFailed, ex.Message, null, action, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new GseException(GseErrorCodes.ClientTransport, ex.Message, null, action, ex);
        }
    }

    private HttpRequestMessage CreateMessage(string action, byte[] body)
    {
        var endpoint = _options.Endpoint;
        var timestamp = _time.GetUtcNow().ToUnixTimeSeconds();
        var host = endpoint.IsDefaultPort ? endpoint.Host : endpoint.Authority;
        var signature = Tc3Signer.Sign(new Tc3SigningInput(
            _options.SecretId, _options.SecretKey, ServiceName(endpoint, _options.Service), host, JsonContentType, timestamp, body));

        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(JsonContentType);
        var message = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
        var headers = message.Headers;
        headers.Host = host;
        headers.TryAddWithoutValidation("Authorization", signature.Authorization);
        headers.Add("X-TC-Action", action);
        headers.Add("X-TC-Version", ApiVersion);
        headers.Add("X-TC-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        headers.Add("X-TC-Region", _options.Region);
        headers.Add("X-TC-RequestClient", RequestClient);
        if (!string.IsNullOrEmpty(_options.Language))
        {
            headers.Add("X-TC-Language", _options.Language);
        }

        if (!string.IsNullOrEmpty(_options.Token))
        {
            headers.Add("X-TC-Token", _options.Token);
        }

        return message;
    }

    private static TResponse Parse<TResponse>(string action, HttpStatusCode status, byte[] payload)
        where TResponse : GseResponse
    {
        if ((int)status >= 500)
        {
            throw new GseException(GseErrorCodes.ClientServerError, $"HTTP {(int)status} from the service.", null, action);
        }

        if (status != HttpStatusCode.OK)
        {
            throw new GseException(GseErrorCodes.ClientBadResponse, $"HTTP {(int)status} from the service.", null, action);
        }

        JsonElement inner;
        try
        {
            using var document = JsonDocument.Parse(payload);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("Response", out var found) || found.ValueKind != JsonValueKind.Object)
            {
                throw new GseException(GseErrorCodes.ClientBadResponse, "The answer is not a Tencent Cloud API envelope.", null, action);
            }

            inner = found.Clone();
        }
        catch (JsonException ex)
        {
            throw new GseException(GseErrorCodes.ClientBadResponse, "The answer is not JSON.", null, action, ex);
        }

        var requestId = inner.TryGetProperty("RequestId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        if (inner.TryGetProperty("Error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            var code = error.TryGetProperty("Code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            var text = error.TryGetProperty("Message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            throw new GseException(string.IsNullOrEmpty(code) ? GseErrorCodes.ClientBadResponse : code, text ?? string.Empty, requestId, action);
        }

        try
        {
            return inner.Deserialize<TResponse>(GseJson.Response)
                ?? throw new GseException(GseErrorCodes.ClientBadResponse, "The response is empty.", requestId, action);
        }
        catch (JsonException ex)
        {
            throw new GseException(GseErrorCodes.ClientBadResponse, $"The response does not match {typeof(TResponse).Name}: {ex.Message}", requestId, action, ex);
        }
    }

    internal static string ServiceName(Uri endpoint, string? configured)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var host = endpoint.Host;
        var dot = host.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? host : host[..dot];
    }

    /// <summary>
    /// A transient failure may be retried, unless it left a mutation's outcome unknown: sending CopyFleet again after a
    /// lost answer creates a second fleet. That failure surfaces, so the caller can look before it repeats. A call the
    /// request budget refused is not retried either: it has already waited as long as the budget allows.
    /// </summary>
    internal static bool IsSafeToRetry(GseException exception) =>
        exception.IsTransient
        && exception.Code != GseErrorCodes.ClientRateLimited
        && (!GseErrorCodes.IsOutcomeUnknown(exception.Code) || (exception.Action is { } action && GseActionCatalog.IsReadOnly(action)));

    private static ResiliencePipeline BuildPipeline(GseClientOptions options, TimeProvider time, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<GseException>(IsSafeToRetry),
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = TimeSpan.FromSeconds(10),
                OnRetry = args =>
                {
                    args.Context.Properties.Set(RetriesKey, args.AttemptNumber + 1);
                    if (args.Outcome.Exception is GseException ex)
                    {
                        Log.RetryingCall(logger, ex.Action ?? args.Context.OperationKey ?? "?", ex.Code, ex.RequestId, args.AttemptNumber + 1, args.RetryDelay);
                        if (args.Context.Properties.GetValue(ActivityKey, null) is { IsAllDataRequested: true } activity)
                        {
                            activity.AddEvent(new ActivityEvent("gse.retry", tags: new ActivityTagsCollection
                            {
                                [GseClientInstruments.ErrorCodeTag] = ex.Code,
                                [GseClientInstruments.RequestIdTag] = ex.RequestId,
                                ["gse.retry.attempt"] = args.AttemptNumber + 1,
                                ["gse.retry.delay_ms"] = args.RetryDelay.TotalMilliseconds,
                            }));
                        }
                    }

                    return default;
                },
            });
        }

        return builder.Build();
    }
}
