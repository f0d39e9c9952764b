using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GseFunctions.Testing;

namespace GseFunctions.Api.Tests.Rollouts;

/// <summary>Rollout requests and polling over the HTTP API, the way release tooling drives it.</summary>
internal static class RolloutApi
{
    /// <summary>The eight fields of the Durable Functions management payload, in Durable Functions' order.</summary>
    public static readonly string[] PayloadFields =
    [
        "id", "statusQueryGetUri", "sendEventPostUri", "terminatePostUri", "purgeHistoryDeleteUri", "restartPostUri", "suspendPostUri", "resumePostUri",
    ];

    /// <summary>Fast options for these stacks (the validator's 1-second poll floor), plus <paramref name="more"/>.</summary>
    public static Dictionary<string, object> Options(params (string Name, object Value)[] more)
    {
        var options = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["pollInterval"] = "00:00:01",
            ["maxPollInterval"] = "00:00:02",
            ["readinessTimeout"] = "00:00:30",
            ["drainTimeout"] = "00:02:00",
        };
        foreach (var (name, value) in more)
        {
            options[name] = value;
        }

        return options;
    }

    /// <summary>A start body moving the seed's alias to fleet 2.</summary>
    public static Dictionary<string, object> Body(RolloutSeed seed, string? idempotencyKey = null, params (string Name, object Value)[] options)
    {
        var body = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["aliasId"] = seed.AliasId,
            ["fleetId"] = seed.Fleet2!,
            ["options"] = Options(options),
        };
        if (idempotencyKey is not null)
        {
            body["idempotencyKey"] = idempotencyKey;
        }

        return body;
    }

    /// <summary>Starts a rollout and checks the 202; answers the payload.</summary>
    public static async Task<JsonElement> StartAsync(HttpClient http, object body)
    {
        using var response = await http.PostAsJsonAsync("/api/rollouts", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"expected 202, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Polls <c>GET /api/rollouts/{id}</c> until <paramref name="until"/> holds; answers that document.</summary>
    public static async Task<JsonElement> WaitAsync(HttpClient http, string id, Func<JsonElement, bool> until, string what, TimeSpan? timeout = null)
    {
        JsonElement last = default;
        try
        {
            await Eventually.HoldsAsync(
                async () =>
                {
                    using var response = await http.GetAsync($"/api/rollouts/{id}");
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    last = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
                    return until(last);
                },
                timeout ?? TimeSpan.FromSeconds(60),
                what);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message} Last: {last}", e);
        }

        return last;
    }

    /// <summary>Waits until the rollout's orchestration has ended and checks it completed (whatever the rollout's outcome).</summary>
    public static async Task<JsonElement> EndedAsync(HttpClient http, string id)
    {
        var rollout = await WaitAsync(http, id, r => r.GetProperty("runtimeStatus").GetString() is "Completed" or "Failed" or "Terminated", $"rollout {id} to end");
        Assert.True(rollout.GetProperty("runtimeStatus").GetString() == "Completed", $"rollout {id} ended: {rollout}");
        return rollout;
    }

    /// <summary>Waits until the rollout reports <paramref name="phase"/>.</summary>
    public static Task<JsonElement> PhaseAsync(HttpClient http, string id, string phase) =>
        WaitAsync(http, id, r => r.TryGetProperty("status", out var s) && s.GetProperty("phase").GetString() == phase, $"rollout {id} in {phase}");

    public static string Outcome(JsonElement rollout) => rollout.GetProperty("result").GetProperty("outcome").GetString()!;
}
