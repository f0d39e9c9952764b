using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace GseFunctions.Cli.Http;

/// <summary>
/// The GseFunctions HTTP API, nothing else: every command goes through these routes with the key in the
/// <c>x-functions-key</c> header (never in the URL, so it cannot reach a log line or an error message).
/// </summary>
internal sealed class ApiClient(HttpClient http, Uri baseUri, string key)
{
    private const string KeyHeader = "x-functions-key";

    public Uri BaseUri => baseUri;

    public Task<ApiAnswer> GetAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, path, null, cancellationToken);

    public Task<ApiAnswer> PostAsync(string path, object? body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, body, cancellationToken);

    public Task<ApiAnswer> PatchAsync(string path, object body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, path, body, cancellationToken);

    public Task<ApiAnswer> DeleteAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, path, null, cancellationToken);

    /// <summary>Sends one request; a 2xx answer is returned, anything else becomes a <see cref="CliFailure"/>.</summary>
    /// <exception cref="CliFailure">The API refused (its problem, mapped to an exit code) or could not be reached (exit 3).</exception>
    public async Task<ApiAnswer> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        var what = $"{method} /{path.Split('?')[0]}";
        using var request = new HttpRequestMessage(method, new Uri(baseUri, path));
        request.Headers.Add(KeyHeader, key);
        if (body is not null)
        {
            request.Content = body is JsonElement json ? JsonContent.Create(json) : JsonContent.Create(body, body.GetType(), options: Json.Web);
        }

        HttpResponseMessage response;
        string text;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
            text = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new CliFailure(ExitCodes.Unreachable, $"{what}: could not reach {Origin()} ({Reason(ex)})");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliFailure(ExitCodes.Unreachable, $"{what}: no answer from {Origin()} within {http.Timeout.TotalSeconds:0} s");
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw ProblemAnswer.ToFailure(what, response.StatusCode, text);
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return new ApiAnswer(response.StatusCode, JsonDocument.Parse("{}").RootElement.Clone());
            }

            try
            {
                return new ApiAnswer(response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
            }
            catch (JsonException)
            {
                throw new CliFailure(ExitCodes.Failed, $"{what} answered {(int)response.StatusCode} with a body that is not JSON; is {Origin()} a GseFunctions host?");
            }
        }
    }

    /// <summary>Scheme, host and port of the base URL: never its query or user info.</summary>
    private string Origin() => baseUri.GetLeftPart(UriPartial.Authority);

    private static string Reason(HttpRequestException ex) => ex switch
    {
        { InnerException: SocketException socket } => socket.SocketErrorCode.ToString(),
        { HttpRequestError: not HttpRequestError.Unknown } => ex.HttpRequestError.ToString(),
        _ => ex.GetType().Name,
    };

    /// <summary>Whether an answer is the given status.</summary>
    public static bool Is(ApiAnswer answer, HttpStatusCode status) => answer.Status == status;
}
