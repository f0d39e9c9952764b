using System.Collections.Concurrent;
using System.Diagnostics;
using GseFunctions.Gse.Models;
using GseFunctions.Testing;

namespace GseFunctions.Gse.Emulator.Tests.Scenarios;

/// <summary>
/// Sessions created through an alias over HTTP while the alias is repointed again and again: none fails, and
/// each lands on a fleet the alias pointed to at some instant while that request was in flight.
/// </summary>
public sealed class RepointUnderLoadTests
{
    [Fact]
    public async Task CreateSessions_WhileAliasIsRepointed_NeverFailAndLandOnTheCurrentTarget()
    {
        await using var server = await LocalGseServer.StartAsync(new Dictionary<string, string?>
        {
            // Matches outlast the test, so capacity only grows; three fleets rotate so a stale read would show.
            ["LocalGse:Simulation:MatchLengthMin"] = "02:00:00",
            ["LocalGse:Simulation:MatchLengthMax"] = "03:00:00",
        });
        var client = server.CreateClient();
        var asset = await client.CreateAssetAsync(new CreateAssetRequest { AssetName = "load", AssetVersion = "1", AssetRegion = "ap-shanghai", OperateSystem = "CentOS7.16", ImageId = "img-load0001", BucketKey = "load.zip" });
        var fleets = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            fleets.Add((await client.CreateFleetAsync(GseSeed.Fleet(asset.AssetId!, $"fleet {i + 1}", processes: 50))).FleetAttributes!.FleetId!);
        }

        await GseSeed.WaitActiveAsync(client, server, [.. fleets]);
        foreach (var fleet in fleets)
        {
            await client.UpdateFleetCapacityAsync(new UpdateFleetCapacityRequest { FleetId = fleet, MinSize = 3, DesiredInstances = 3, MaxSize = 3 });
        }

        server.Advance(TimeSpan.FromMinutes(5));
        var alias = (await client.CreateAliasAsync(new CreateAliasRequest { Name = "load", RoutingStrategy = new RoutingStrategy { Type = "SIMPLE", FleetId = fleets[0] } })).Alias!;

        var clock = Stopwatch.StartNew();
        var repoints = new List<(long Start, long End, string Fleet)> { (0, 0, fleets[0]) };
        var sessions = new ConcurrentBag<(long Start, long End, string Fleet)>();
        using var stop = new CancellationTokenSource();

        var repointer = Task.Run(async () =>
        {
            for (var k = 1; k <= 40; k++)
            {
                var target = fleets[k % 3];
                var start = clock.ElapsedTicks;
                await client.UpdateAliasAsync(new UpdateAliasRequest { AliasId = alias.AliasId, RoutingStrategy = new RoutingStrategy { Type = "SIMPLE", FleetId = target } });
                lock (repoints)
                {
                    repoints.Add((start, clock.ElapsedTicks, target));
                }
            }
        });
        var creators = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var n = 0; n < 15; n++)
            {
                var start = clock.ElapsedTicks;
                var session = (await client.CreateGameServerSessionAsync(new CreateGameServerSessionRequest { AliasId = alias.AliasId, MaximumPlayerSessionCount = 8 })).GameServerSession!;
                sessions.Add((start, clock.ElapsedTicks, session.FleetId!));
            }
        })).ToList();

        await Task.WhenAll([repointer, .. creators]);

        Assert.Equal(120, sessions.Count);
        foreach (var (start, end, fleet) in sessions)
        {
            // Target k held from somewhere inside repoint k's call until somewhere inside repoint k+1's call.
            var possible = repoints.Where((r, k) => r.Start <= end && (k == repoints.Count - 1 || repoints[k + 1].End >= start)).Select(r => r.Fleet).ToHashSet();
            Assert.Contains(fleet, possible);
        }

        Assert.True(sessions.Select(s => s.Fleet).Distinct().Count() >= 2, "the load should have crossed at least one repoint");
    }
}
