using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GseFunctions.Demo.Api;

namespace GseFunctions.Demo.Drill;

/// <summary>
/// The self-host's HTTP API as clients behind a load balancer see it: each request goes to a random live worker, and
/// a request that cannot be answered (the worker was killed under it, or answered a transient 429/503) is sent again,
/// to a live worker, with the same idempotency token or key — so it is applied at most once.
/// </summary>
internal sealed class DrillApi(HttpClient http, IReadOnlyList<DrillWorker> workers, string masterKey, string functionKey, Random random)
{
    private const string KeyHeader = "x-functions-key";
    private const string NoCapacityType = "no-capacity";

    /// <summary>Attempts of one player's session creation (the first and the retries).</summary>
    public const int SessionAttempts = 6;

    /// <summary>Creates a session through the alias with an idempotency token, retrying what may pass.</summary>
    public async Task<PlayerAttempt> CreateSessionAsync(string aliasId, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid().ToString("N");
        var retriedBecause = new List<string>();
        for (var attempt = 1; ; attempt++)
        {
            var worker = LiveWorker();
            string kind;
            TimeSpan wait;
            try
            {
                using var request = Json(HttpMethod.Post, worker, "api/sessions", functionKey, new { aliasId, maximumPlayers = 8, idempotencyToken = token });
                using var response = await http.SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    return new PlayerAttempt(worker.Number, null, retriedBecause);
                }

                kind = ProblemText.Kind(response.StatusCode, body);
                if (kind.EndsWith(NoCapacityType, StringComparison.Ordinal) || response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
                {
                    return new PlayerAttempt(worker.Number, ShortKind(kind), retriedBecause);
                }

                wait = TimeSpan.FromSeconds(Math.Min(response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 1, 5));
            }
            catch (HttpRequestException ex)
            {
                kind = "transport: " + ex.HttpRequestError;
                wait = TimeSpan.FromMilliseconds(200);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                kind = "timeout";
                wait = TimeSpan.FromMilliseconds(200);
            }

            retriedBecause.Add(ShortKind(kind));
            if (attempt == SessionAttempts)
            {
                return new PlayerAttempt(worker.Number, ShortKind(kind), retriedBecause);
            }

            await Task.Delay(wait, cancellationToken);
        }
    }

    /// <summary>Starts a rollout; the idempotency key makes a repeat after a lost answer return the same rollout.</summary>
    /// <exception cref="ApiException">A refusal (an answer other than 202), or no worker answered in time.</exception>
    public async Task<RolloutStarted> StartRolloutAsync(object rolloutRequest, CancellationToken cancellationToken)
    {
        Exception? last = null;
        for (var attempt = 1; attempt <= 30; attempt++)
        {
            var worker = LiveWorker();
            try
            {
                using var request = Json(HttpMethod.Post, worker, "api/rollouts", masterKey, rolloutRequest);
                using var response = await http.SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    using var payload = JsonDocument.Parse(body);
                    var root = payload.RootElement;
                    return new RolloutStarted(root.GetProperty("id").GetString()!, new Uri(root.GetProperty("statusQueryGetUri").GetString()!));
                }

                if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
                {
                    throw new ApiException(response.StatusCode, "POST /api/rollouts: " + ProblemText.Describe(response.StatusCode, body));
                }

                last = new ApiException(response.StatusCode, "POST /api/rollouts: " + ProblemText.Describe(response.StatusCode, body));
            }
            catch (HttpRequestException ex)
            {
                last = ex;
            }
            catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                last = ex;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }

        throw new ApiException($"POST /api/rollouts: no worker accepted the start after 30 attempts ({last?.Message})", last!);
    }

    /// <summary>The rollout's Durable status, read on a live worker (the status URI names the worker that started it, which may be down).</summary>
    /// <returns>Null when no worker answered this time, or the instance is not there yet.</returns>
    public async Task<RolloutProgress?> ProgressAsync(RolloutStarted rollout, CancellationToken cancellationToken)
    {
        var worker = LiveWorker();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(worker.BaseUri, rollout.StatusQueryGetUri.PathAndQuery));
            request.Headers.Add(KeyHeader, masterKey);
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted or HttpStatusCode.InternalServerError ? RolloutProgress.Parse(body) : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }

    private DrillWorker LiveWorker()
    {
        var live = workers.Where(w => w.IsLive).ToList();
        var pool = live.Count > 0 ? live : workers;
        lock (random)
        {
            return pool[random.Next(pool.Count)];
        }
    }

    // "503 https://…/http-api.md#no-capacity" → "503 no-capacity".
    private static string ShortKind(string kind) => kind.Contains('#', StringComparison.Ordinal) ? kind[..(kind.IndexOf(' ', StringComparison.Ordinal) + 1)] + kind[(kind.LastIndexOf('#') + 1)..] : kind;

    private static HttpRequestMessage Json(HttpMethod method, DrillWorker worker, string path, string key, object body)
    {
        var request = new HttpRequestMessage(method, new Uri(worker.BaseUri, path)) { Content = JsonContent.Create(body) };
        request.Headers.Add(KeyHeader, key);
        return request;
    }
}

/// <summary>One player's session creation: the worker that answered last, the final failure (null when created) and why it was retried.</summary>
internal sealed record PlayerAttempt(int Worker, string? FailureKind, IReadOnlyList<string> RetriedBecause)
{
    public bool IsNoCapacity => FailureKind is { } kind && kind.EndsWith("no-capacity", StringComparison.Ordinal);
}
