using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GseFunctions.Demo.Api;

/// <summary>
/// The self-host's HTTP API as a release tool or game backend would call it: sessions with the function key, rollouts
/// with the master key (header <c>x-functions-key</c>), the rollout's Durable status from its <c>statusQueryGetUri</c>.
/// </summary>
internal sealed class SelfHostApi(HttpClient http, Uri baseUri, string masterKey, string functionKey)
{
    private const string KeyHeader = "x-functions-key";

    /// <summary>Creates a session through the alias (the hot path: one GSE call behind it).</summary>
    /// <remarks>Failures are values: HTTP status and problem <c>type</c>, or what broke the request.</remarks>
    public async Task<SessionAttempt> CreateSessionAsync(string aliasId, int maximumPlayers, CancellationToken cancellationToken)
    {
        try
        {
            using var request = Request(HttpMethod.Post, "api/sessions", functionKey, new { aliasId, maximumPlayers });
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                using var session = JsonDocument.Parse(body);
                return SessionAttempt.Created(session.RootElement.GetProperty("fleetId").GetString() ?? "?");
            }

            return SessionAttempt.Failed(ProblemText.Kind(response.StatusCode, body));
        }
        catch (HttpRequestException ex)
        {
            return SessionAttempt.Failed("transport: " + (ex.HttpRequestError == HttpRequestError.Unknown ? ex.GetType().Name : ex.HttpRequestError.ToString()));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SessionAttempt.Failed("timeout");
        }
        catch (JsonException)
        {
            return SessionAttempt.Failed("201 with an unreadable body");
        }
    }

    /// <summary>Starts a rollout (<c>POST /api/rollouts</c>, 202).</summary>
    /// <exception cref="ApiException">Any other answer (409: another rollout holds the alias).</exception>
    public async Task<RolloutStarted> StartRolloutAsync(object rolloutRequest, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Post, "api/rollouts", masterKey, rolloutRequest);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new ApiException(response.StatusCode, "POST /api/rollouts: " + ProblemText.Describe(response.StatusCode, body));
        }

        using var payload = JsonDocument.Parse(body);
        var root = payload.RootElement;
        return new RolloutStarted(root.GetProperty("id").GetString()!, new Uri(root.GetProperty("statusQueryGetUri").GetString()!));
    }

    /// <summary>Reads the rollout's Durable status; null while the instance is not there yet (404 right after the start).</summary>
    /// <exception cref="ApiException">An answer that is no status payload.</exception>
    public async Task<RolloutProgress?> RolloutProgressAsync(RolloutStarted rollout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rollout);
        using var request = new HttpRequestMessage(HttpMethod.Get, rollout.StatusQueryGetUri);
        request.Headers.Add(KeyHeader, masterKey);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        // Durable Functions answers 202 while running and 200 once ended (500 only when asked to for a failure).
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Accepted or HttpStatusCode.InternalServerError))
        {
            throw new ApiException(response.StatusCode, $"rollout {rollout.Id} status: " + ProblemText.Describe(response.StatusCode, body));
        }

        try
        {
            return RolloutProgress.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new ApiException($"rollout {rollout.Id} status: HTTP {(int)response.StatusCode} with no readable status payload ({ex.Message})", ex);
        }
    }

    private HttpRequestMessage Request(HttpMethod method, string path, string key, object body)
    {
        var request = new HttpRequestMessage(method, new Uri(baseUri, path)) { Content = JsonContent.Create(body) };
        request.Headers.Add(KeyHeader, key);
        return request;
    }
}
