using System.Collections.Concurrent;
using System.Globalization;
using GseFunctions.Gse.Emulator.Simulation.Engine;
using GseFunctions.Gse.Emulator.Simulation.State;

namespace GseFunctions.Gse.Emulator.Simulation;

/// <summary>
/// The simulated GSE control plane: assets, fleets with their lifecycle, instances with server processes,
/// game server and player sessions, aliases, capacity, target-based scaling and stateful scale-in. A
/// discrete-event simulation driven by an injected clock: every operation first runs the events that fell due
/// (phase changes, instance boots, match ends, scaling evaluations), so a fake clock gives exact, repeatable
/// results. State is in memory, per region, one lock per region. The partial files hold the actions, one
/// resource each (validate, change state, answer); what GSE does over time lives in <see cref="SimulationEngine"/>.
/// </summary>
internal sealed partial class GseSimulation
{
    private readonly ConcurrentDictionary<string, RegionState> _regions = new(StringComparer.Ordinal);
    private readonly SimulationRandom _random;
    private readonly SimulationEngine _engine;
    private readonly SimulationOptions _options;
    private readonly TimeProvider _time;

    public GseSimulation(SimulationOptions options, TimeProvider time, ILogger<GseSimulation> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problem() is { } problem)
        {
            throw new ArgumentException("Invalid simulation options: " + problem, nameof(options));
        }

        _options = options;
        _time = time;
        _random = new SimulationRandom(options.RandomSeed);
        _engine = new SimulationEngine(options, _random, logger);
    }

    public SimulationOptions Options => _options;

    /// <summary>The simulated clock.</summary>
    public TimeProvider Time => _time;

    /// <summary>Arms a one-shot fault: the next fleet to reach ACTIVATING goes to ERROR instead of ACTIVE.</summary>
    public void FailNextFleetActivation(string? reason) => _engine.Fleets.FailNextActivation(reason);

    /// <summary>Runs every due event in every region.</summary>
    public void AdvanceAll()
    {
        foreach (var region in _regions.Values)
        {
            lock (region.Gate)
            {
                _engine.CatchUp(region, _time.GetUtcNow());
            }
        }
    }

    /// <summary>Runs <paramref name="operation"/> on a region under its lock, after its due events.</summary>
    private T Run<T>(string region, Func<RegionState, T> operation)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            throw new GseFault(GseErrorCodes.MissingParameter, "The parameter `Region` is missing.");
        }

        var state = _regions.GetOrAdd(region, static (name, now) => new RegionState(name) { Now = now }, _time.GetUtcNow());
        lock (state.Gate)
        {
            _engine.CatchUp(state, _time.GetUtcNow());
            var result = operation(state);
            _engine.Scaler.LaunchWaiting(state);
            return result;
        }
    }

    private string Arn(RegionState region, string kind, string id) => $"qcs::gse:{region.Name}:uin/{_options.Uin}:{kind}/{id}";

    internal static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    internal static string? Format(DateTimeOffset? time) => time is { } t ? Format(t) : null;

    private static (List<T> Page, int Total) Page<T>(IEnumerable<T> items, int? offset, int? limit, int defaultLimit = 20, int maxLimit = 100)
    {
        if (offset < 0)
        {
            throw new GseFault(GseErrorCodes.InvalidParameterValue, "Offset must not be negative.");
        }

        if (limit is < 0 || limit > maxLimit)
        {
            throw new GseFault(GseErrorCodes.InvalidParameterValue, $"Limit must be between 0 and {maxLimit}.");
        }

        var all = items.ToList();
        return (all.Skip(offset ?? 0).Take(limit is null or 0 ? defaultLimit : limit.Value).ToList(), all.Count);
    }

    /// <summary>NextToken paging: the token is an opaque cursor (here the offset of the next page).</summary>
    private static (List<T> Page, string? NextToken) PageByToken<T>(IEnumerable<T> items, string? nextToken, int? limit, int maxLimit = 100)
    {
        var offset = 0;
        if (!string.IsNullOrEmpty(nextToken) && !(nextToken.StartsWith("ntoken-", StringComparison.Ordinal)
            && int.TryParse(nextToken.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out offset)))
        {
            throw new GseFault(GseErrorCodes.InvalidParameterValue, "NextToken is not a token this service returned.");
        }

        var (page, total) = Page(items, offset, limit, maxLimit, maxLimit);
        var next = offset + page.Count < total ? $"ntoken-{offset + page.Count}" : null;
        return (page, next);
    }

    private static GseFault NotFound(string what, string? id) => new(GseErrorCodes.ResourceNotFound, $"The {what} `{id}` does not exist.");

    private static GseFault Invalid(string message) => new(GseErrorCodes.InvalidParameterValue, message);
}
