using System.Net.Http.Json;
using System.Text.Json;

namespace GseFunctions.Testing;

/// <summary>The local GSE's admin API (<c>/_emulator/...</c>) over HTTP, for tests that drive an in-process or child-process local GSE alike.</summary>
public sealed class LocalGseAdmin(Uri address) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Adds a fault rule, e.g. <c>new { action = "UpdateAlias", errorCode = "InternalError", remaining = 2 }</c>.</summary>
    public async Task AddFaultAsync(object rule) =>
        (await _http.PostAsJsonAsync("_emulator/faults", rule)).EnsureSuccessStatusCode();

    public async Task ClearFaultsAsync() => (await _http.DeleteAsync("_emulator/faults")).EnsureSuccessStatusCode();

    /// <summary>The next fleet to finish activating goes to ERROR instead.</summary>
    public async Task FailNextActivationAsync() =>
        (await _http.PostAsJsonAsync("_emulator/fleets/fail-next-activation", new { reason = "injected by test" })).EnsureSuccessStatusCode();

    /// <summary>Calls per action since the last reset: (succeeded, failed).</summary>
    public async Task<IReadOnlyDictionary<string, (long Succeeded, long Failed)>> CallsAsync()
    {
        using var doc = JsonDocument.Parse(await _http.GetStringAsync("_emulator/calls"));
        return doc.RootElement.GetProperty("actions").EnumerateObject().ToDictionary(
            p => p.Name,
            p => (p.Value.GetProperty("succeeded").GetInt64(), p.Value.GetProperty("failed").GetInt64()),
            StringComparer.Ordinal);
    }

    public async Task ResetCallsAsync() => (await _http.DeleteAsync("_emulator/calls")).EnsureSuccessStatusCode();

    /// <summary>Simulated players creating sessions through an alias at a steady rate (0 stops).</summary>
    public async Task SetTrafficAsync(string aliasId, double sessionsPerMinute, int maximumPlayerSessionCount = 8) =>
        (await _http.PutAsJsonAsync("_emulator/traffic", new { aliasId, region = "ap-shanghai", sessionsPerMinute, maximumPlayerSessionCount })).EnsureSuccessStatusCode();

    /// <summary>Traffic counters: attempts, succeeded, failed, sessions by fleet, failures by error code.</summary>
    public async Task<(long Attempts, long Succeeded, long Failed, IReadOnlyDictionary<string, long> SessionsByFleet, IReadOnlyDictionary<string, long> FailuresByCode)> TrafficAsync()
    {
        using var doc = JsonDocument.Parse(await _http.GetStringAsync("_emulator/traffic"));
        var root = doc.RootElement;
        return (
            root.GetProperty("attempts").GetInt64(),
            root.GetProperty("succeeded").GetInt64(),
            root.GetProperty("failed").GetInt64(),
            root.GetProperty("sessionsByFleet").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64(), StringComparer.Ordinal),
            root.GetProperty("failuresByCode").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64(), StringComparer.Ordinal));
    }

    public void Dispose() => _http.Dispose();
}
