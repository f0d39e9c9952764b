using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GseFunctions.Bench.Load.Stack;
using GseFunctions.Gse;
using GseFunctions.Gse.Models;

namespace GseFunctions.Bench.Load.Load;

/// <summary>The requests the load sends: a session through the self-host's API or straight to the local GSE, and reads.</summary>
internal static class SessionSenders
{
    /// <summary><c>POST /api/sessions</c> through <paramref name="aliasId"/>; a refusal reads as "status problem-type".</summary>
    public static Func<CancellationToken, Task<(bool Ok, string Outcome)>> ThroughHost(HttpClient host, string aliasId) => async ct =>
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/sessions")
        {
            Content = JsonContent.Create(new { aliasId, maximumPlayers = 4 }),
        };
        request.Headers.Add("x-functions-key", Workers.FunctionKey);
        using var response = await host.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        return response.StatusCode == HttpStatusCode.Created ? (true, "ok") : (false, Refusal((int)response.StatusCode, body));
    };

    /// <summary>CreateGameServerSession through <paramref name="aliasId"/> with the project's client; a refusal reads as its error code.</summary>
    public static Func<CancellationToken, Task<(bool Ok, string Outcome)>> Direct(GseClient gse, string aliasId) => async ct =>
    {
        try
        {
            await gse.CreateGameServerSessionAsync(new CreateGameServerSessionRequest { AliasId = aliasId, MaximumPlayerSessionCount = 4 }, ct);
            return (true, "ok");
        }
        catch (GseException e)
        {
            return (false, "GSE " + e.Code);
        }
    };

    /// <summary>A GET that counts 200 as success (with the master key when <paramref name="admin"/>).</summary>
    public static Func<CancellationToken, Task<(bool Ok, string Outcome)>> Get(HttpClient host, string path, bool admin) => async ct =>
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (admin)
        {
            request.Headers.Add("x-functions-key", GseFunctions.Testing.SelfHostProcess.TestMasterKey);
        }

        using var response = await host.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        return response.StatusCode == HttpStatusCode.OK ? (true, "ok") : (false, Refusal((int)response.StatusCode, body));
    };

    private static string Refusal(int status, string body)
    {
        var type = "";
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.TryGetProperty("type", out var t) && t.GetString() is { } text)
            {
                // The fragment or last segment names the problem (…/problems#no-capacity, …/problems/throttled).
                type = text[(Math.Max(text.LastIndexOf('#'), text.LastIndexOf('/')) + 1)..];
            }
        }
        catch (JsonException)
        {
        }

        return string.IsNullOrEmpty(type) ? status.ToString(CultureInfo.InvariantCulture) : $"{status.ToString(CultureInfo.InvariantCulture)} {type}";
    }
}
