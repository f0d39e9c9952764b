using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GseFunctions.Testing;

namespace GseFunctions.Bench.Load.Stack;

/// <summary>
/// One or more self-host worker processes (the built <c>GseFunctions.SelfHost.dll</c>, started by the fixtures'
/// <see cref="SelfHostProcess"/>) on one task hub, talking to the bench's local GSE and to storage through the counting
/// proxies; with an HTTP client per worker that carries the keys.
/// </summary>
internal sealed class Workers : IAsyncDisposable
{
    /// <summary>The function key the bench's workers accept for <c>POST /api/sessions</c> (a local test value).</summary>
    public const string FunctionKey = "bench-function-key-0123456789abcdef0123456789";

    private readonly List<SelfHostProcess> _processes;
    private readonly List<HttpClient> _clients;
    private readonly string? _logs;
    private readonly string _hub;

    private Workers(List<SelfHostProcess> processes, string hub, string? logs)
    {
        _processes = processes;
        _hub = hub;
        _logs = logs;
        _clients = processes.Select(p => new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = p.Url,
            Timeout = TimeSpan.FromSeconds(60),
        }).ToList();
    }

    public IReadOnlyList<SelfHostProcess> Processes => _processes;

    /// <summary>The first worker's client (sessions, rollout starts and reads go there unless spread).</summary>
    public HttpClient Client => _clients[0];

    public HttpClient ClientFor(int index) => _clients[index % _clients.Count];

    /// <summary>Starts <paramref name="count"/> workers on <paramref name="hub"/> and waits until each is ready.</summary>
    /// <param name="count">How many workers.</param>
    /// <param name="storageConnectionString">Their <c>AzureWebJobsStorage</c>.</param>
    /// <param name="hub">The task hub they share (also the alias-lock table prefix).</param>
    /// <param name="gse">The local GSE's address.</param>
    /// <param name="extra">More environment, overriding the bench's.</param>
    /// <param name="logs">A folder to write each worker's output to when it stops (<c>{hub}-worker{i}.log</c>), or null.</param>
    public static async Task<Workers> StartAsync(int count, string storageConnectionString, string hub, Uri gse, IReadOnlyDictionary<string, string?> extra, string? logs)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["AzureWebJobsStorage"] = storageConnectionString,
            ["AzureFunctionsJobHost__extensions__durableTask__hubName"] = hub,
            ["Rollouts__TablePrefix"] = hub,
            ["Gse__Endpoint"] = gse.ToString(),
            ["Gse__Region"] = "ap-shanghai",
            ["Gse__SecretId"] = LocalGseServer.SecretId,
            ["Gse__SecretKey"] = LocalGseServer.SecretKey,
            ["Auth__FunctionKeys__bench"] = FunctionKey,
            // As the demo's stack: queues polled at least every second, a lost worker's partitions taken over within
            // seconds; so the rollouts react within a second rather than the production defaults' tens of seconds.
            ["AzureFunctionsJobHost__extensions__durableTask__storageProvider__maxQueuePollingInterval"] = "00:00:01",
            ["DurableTask__LeaseInterval"] = "00:00:08",
            ["DurableTask__LeaseRenewInterval"] = "00:00:02",
            ["DurableTask__LeaseAcquireInterval"] = "00:00:01",
            ["DurableTask__ShutdownTimeout"] = "00:00:05",
            // Requests are not logged one by one (the bench sends thousands); the self-host's own lines stay.
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
        };
        foreach (var (key, value) in extra)
        {
            environment[key] = value;
        }

        var started = new List<SelfHostProcess>();
        try
        {
            // One at a time: each takes its share of the partitions as it comes up.
            for (var i = 0; i < count; i++)
            {
                started.Add(await SelfHostProcess.StartAsync(environment, timeout: TimeSpan.FromSeconds(120)));
            }
        }
        catch
        {
            foreach (var p in started)
            {
                await p.DisposeAsync();
            }

            throw;
        }

        return new Workers(started, hub, logs);
    }

    /// <summary>Rollout start through the worker's HTTP API with the master key; answers the rollout id.</summary>
    public async Task<string> StartRolloutAsync(int worker, object body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/rollouts") { Content = JsonContent.Create(body) };
        request.Headers.Add("x-functions-key", SelfHostProcess.TestMasterKey);
        using var response = await ClientFor(worker).SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"POST /api/rollouts answered {(int)response.StatusCode}: {text}");
        }

        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>The rollout's <c>runtimeStatus</c> and <c>result.outcome</c> (if ended) through <c>GET /api/rollouts/{id}</c>.</summary>
    public async Task<(string RuntimeStatus, string? Outcome)> RolloutAsync(string rolloutId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/rollouts/" + Uri.EscapeDataString(rolloutId));
        request.Headers.Add("x-functions-key", SelfHostProcess.TestMasterKey);
        using var response = await Client.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var root = doc.RootElement;
        var outcome = root.TryGetProperty("result", out var result) && result.ValueKind == JsonValueKind.Object && result.TryGetProperty("outcome", out var o) ? o.GetString() : null;
        return (root.GetProperty("runtimeStatus").GetString()!, outcome);
    }

    /// <summary>CPU and memory of each worker now.</summary>
    public IReadOnlyList<ProcessUsage?> Usage() => _processes.Select(p => ProcessUsage.Read(p.Id)).ToList();

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        for (var i = 0; i < _processes.Count; i++)
        {
            var process = _processes[i];
            try
            {
                await process.StopAsync(TimeSpan.FromSeconds(15));
            }
            catch (TimeoutException)
            {
                // killed by StopAsync already
            }

            if (_logs is not null)
            {
                Directory.CreateDirectory(_logs);
                await File.WriteAllTextAsync(Path.Combine(_logs, F($"{_hub}-worker{i + 1}.log")), process.Output);
            }

            await process.DisposeAsync();
        }
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
