using System.Collections.Concurrent;
using GseFunctions.Gse.Emulator.Simulation;
using GseFunctions.Gse.Models;

namespace GseFunctions.Gse.Emulator.Traffic;

/// <summary>
/// Creates game server sessions through an alias at the configured rate of the simulated clock, straight on
/// the simulation (not over HTTP), and counts outcomes per fleet and error code.
/// </summary>
internal sealed class TrafficGenerator(GseSimulation simulation) : BackgroundService
{
    private readonly ConcurrentDictionary<string, long> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _byFleet = new(StringComparer.Ordinal);
    private TrafficSettings _settings = new();
    private long _attempts;
    private long _succeeded;
    private long _failed;
    private DateTimeOffset? _last;
    private double _carry;

    public void Configure(TrafficSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Volatile.Write(ref _settings, settings);
    }

    public TrafficStats Stats() => new(
        Volatile.Read(ref _settings),
        Interlocked.Read(ref _attempts),
        Interlocked.Read(ref _succeeded),
        Interlocked.Read(ref _failed),
        new SortedDictionary<string, long>(_failures, StringComparer.Ordinal),
        new SortedDictionary<string, long>(_byFleet, StringComparer.Ordinal));

    /// <summary>Creates the sessions that fell due since the last call; the background loop calls it ten times a second.</summary>
    public void Tick()
    {
        var settings = Volatile.Read(ref _settings);
        var now = simulation.Time.GetUtcNow();
        var elapsed = _last is { } last ? now - last : TimeSpan.Zero;
        _last = now;
        if (settings.SessionsPerMinute <= 0)
        {
            _carry = 0;
            return;
        }

        _carry += elapsed.TotalMinutes * settings.SessionsPerMinute;
        var due = (int)Math.Min(Math.Floor(_carry), 10_000);
        _carry -= due;
        for (var i = 0; i < due; i++)
        {
            CreateOne(settings);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            Tick();
        }
    }

    private void CreateOne(TrafficSettings settings)
    {
        Interlocked.Increment(ref _attempts);
        try
        {
            var aliasId = settings.AliasId;
            if (string.IsNullOrEmpty(aliasId))
            {
                var aliases = simulation.ListAliases(settings.Region, new ListAliasesRequest
                {
                    Filters = [new Filter { Key = "resource:name", Values = [settings.AliasName!] }],
                    Limit = 1,
                }).Aliases;
                aliasId = aliases is { Count: > 0 } ? aliases[0].AliasId : throw new GseFault(GseErrorCodes.ResourceNotFound, $"No alias is named `{settings.AliasName}`.");
            }

            var session = simulation.CreateGameServerSession(settings.Region, new CreateGameServerSessionRequest
            {
                AliasId = aliasId,
                MaximumPlayerSessionCount = settings.MaximumPlayerSessionCount,
                Name = "simulated match",
            }).GameServerSession!;
            Interlocked.Increment(ref _succeeded);
            _byFleet.AddOrUpdate(session.FleetId!, 1, static (_, n) => n + 1);
        }
        catch (GseFault fault)
        {
            Interlocked.Increment(ref _failed);
            _failures.AddOrUpdate(fault.Code, 1, static (_, n) => n + 1);
        }
    }
}
