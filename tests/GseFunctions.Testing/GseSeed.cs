using GseFunctions.Gse;
using GseFunctions.Gse.Models;

namespace GseFunctions.Testing;

/// <summary>The seed scenario's resources: an asset and two ACTIVE fleets in ap-shanghai.</summary>
public sealed record GseSeed(string AssetId, string Fleet1, string Fleet2)
{
    /// <summary>A fleet definition like the seed's: two server processes per instance, no protection.</summary>
    public static CreateFleetRequest Fleet(string assetId, string name, int processes = 2) => new()
    {
        AssetId = assetId,
        Name = name,
        Description = "seed fleet",
        FleetType = "ON_DEMAND",
        InstanceType = "S5.LARGE8",
        NewGameServerSessionProtectionPolicy = "NoProtection",
        InboundPermissions = [new InboundPermission { FromPort = 6000, ToPort = 6010, IpRange = "0.0.0.0/0", Protocol = "TCP" }],
        RuntimeConfiguration = new RuntimeConfiguration
        {
            GameServerSessionActivationTimeoutSeconds = 300,
            MaxConcurrentGameServerSessionActivations = 10,
            ServerProcesses = [new ServerProcesse { ConcurrentExecutions = processes, LaunchPath = "/local/game/server", Parameters = "-port 6000" }],
        },
    };

    /// <summary>Creates the asset and both fleets and advances the fake clock until both are ACTIVE.</summary>
    public static async Task<GseSeed> CreateAsync(GseClient client, LocalGseServer server)
    {
        var asset = await client.CreateAssetAsync(new CreateAssetRequest
        {
            AssetName = "seed-asset",
            AssetVersion = "1.0",
            AssetRegion = "ap-shanghai",
            OperateSystem = "CentOS7.16",
            BucketKey = "seed-asset.zip",
            ImageId = "img-seed0001",
        });
        var fleet1 = (await client.CreateFleetAsync(Fleet(asset.AssetId!, "fleet 1"))).FleetAttributes!.FleetId!;
        var fleet2 = (await client.CreateFleetAsync(Fleet(asset.AssetId!, "fleet 2"))).FleetAttributes!.FleetId!;
        await WaitActiveAsync(client, server, fleet1, fleet2);
        return new GseSeed(asset.AssetId!, fleet1, fleet2);
    }

    /// <summary>Advances the fake clock until every fleet is ACTIVE with an active instance (fails after an hour of simulated time).</summary>
    public static async Task WaitActiveAsync(GseClient client, LocalGseServer server, params string[] fleetIds)
    {
        for (var minute = 0; minute < 60; minute++)
        {
            var fleets = (await client.DescribeFleetAttributesAsync(new DescribeFleetAttributesRequest { FleetIds = fleetIds })).FleetAttributes!;
            var capacity = (await client.DescribeFleetCapacityAsync(new DescribeFleetCapacityRequest { FleetIds = fleetIds })).FleetCapacity!;
            if (fleets.All(f => f.Status == "ACTIVE") && capacity.All(c => c.InstanceCounts?.Active > 0))
            {
                return;
            }

            server.Advance(TimeSpan.FromMinutes(1));
        }

        throw new TimeoutException("The seed fleets did not become ACTIVE within an hour of simulated time.");
    }
}
