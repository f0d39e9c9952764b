using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using GseFunctions.Rollouts.Activities;

namespace GseFunctions.Testing;

/// <summary>
/// The seed's scenario for rollout tests on a scaled-clock local GSE: an asset, fleet 1 serving sessions through the
/// alias "zero-downtime-update-test" and (optionally) fleet 2, both ACTIVE with two instances (min 1, max 4).
/// </summary>
public sealed record RolloutSeed(string AssetId, string AliasId, string Fleet1, string? Fleet2)
{
    /// <summary>Creates the resources and waits (real time) until the fleets are ready.</summary>
    /// <param name="gse">A client of the local GSE.</param>
    /// <param name="protection">The fleets' session protection policy.</param>
    /// <param name="sessions">Sessions to create through the alias on fleet 1.</param>
    /// <param name="withFleet2">Whether to create fleet 2 as well.</param>
    /// <param name="processesPerInstance">Server processes per instance (each fleet runs two instances).</param>
    public static async Task<RolloutSeed> CreateAsync(GseClient gse, string protection = "FullProtection", int sessions = 3, bool withFleet2 = true, int processesPerInstance = 2)
    {
        ArgumentNullException.ThrowIfNull(gse);
        var asset = await gse.CreateAssetAsync(new CreateAssetRequest
        {
            AssetName = "rollout-asset", AssetVersion = "1.0", AssetRegion = "ap-shanghai", OperateSystem = "CentOS7.16", BucketKey = "a.zip", ImageId = "img-seed0001",
        });
        var fleets = new List<string>();
        foreach (var name in withFleet2 ? new[] { "fleet 1", "fleet 2" } : ["fleet 1"])
        {
            fleets.Add((await gse.CreateFleetAsync(GseSeed.Fleet(asset.AssetId!, name, processesPerInstance) with { NewGameServerSessionProtectionPolicy = protection })).FleetAttributes!.FleetId!);
        }

        foreach (var id in fleets)
        {
            await Eventually.HoldsAsync(async () => (await ObserveAsync(gse, id)).IsActive, TimeSpan.FromSeconds(30), $"fleet {id} ACTIVE");
            await gse.UpdateFleetCapacityAsync(new UpdateFleetCapacityRequest { FleetId = id, MinSize = 1, DesiredInstances = 2, MaxSize = 4 });
            await Eventually.HoldsAsync(async () => (await ObserveAsync(gse, id)).AvailableSessions >= 2 * processesPerInstance, TimeSpan.FromSeconds(30), $"fleet {id} at 2 instances");
        }

        var alias = (await gse.CreateAliasAsync(new CreateAliasRequest
        {
            Name = "zero-downtime-update-test",
            RoutingStrategy = new RoutingStrategy { Type = "SIMPLE", FleetId = fleets[0] },
        })).Alias!.AliasId!;
        for (var i = 0; i < sessions; i++)
        {
            await gse.CreateGameServerSessionAsync(new CreateGameServerSessionRequest { AliasId = alias, MaximumPlayerSessionCount = 4, Name = $"match {i}" });
        }

        return new RolloutSeed(asset.AssetId!, alias, fleets[0], withFleet2 ? fleets[1] : null);
    }

    /// <summary>A fleet's status, capacity and sessions, read the way the rollout reads them.</summary>
    public static Task<FleetObservation> ObserveAsync(GseClient gse, string fleetId) => FleetReads.ObserveAsync(gse, fleetId);

    /// <summary>The fleet the alias routes to.</summary>
    public static async Task<string?> AliasFleetAsync(GseClient gse, string aliasId)
    {
        ArgumentNullException.ThrowIfNull(gse);
        return (await gse.DescribeAliasAsync(new DescribeAliasRequest { AliasId = aliasId })).Alias?.RoutingStrategy?.FleetId;
    }

    /// <summary>Live fleets tagged as created by a rollout (not DELETING or TERMINATED).</summary>
    public static async Task<IReadOnlyList<string>> RolloutFleetsAsync(GseClient gse)
    {
        ArgumentNullException.ThrowIfNull(gse);
        var ids = (await gse.ListFleetsAsync(new ListFleetsRequest { Filters = [new Filter { Key = "tag:key", Values = [FleetReads.RolloutTagKey] }], Limit = 100 })).FleetIds ?? [];
        var live = new List<string>();
        foreach (var id in ids)
        {
            var f = await ObserveAsync(gse, id);
            if (f.Exists && f.Status is not ("DELETING" or "TERMINATED"))
            {
                live.Add(id);
            }
        }

        return live;
    }
}
