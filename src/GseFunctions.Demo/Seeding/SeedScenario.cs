using System.Diagnostics;
using GseFunctions.Gse;
using GseFunctions.Gse.Models;

namespace GseFunctions.Demo.Seeding;

/// <summary>
/// Creates the seed's scenario on the local GSE through the typed client (fleets and assets have no HTTP route):
/// in ap-shanghai an asset, fleet 1 and fleet 2 (FullProtection, so a match on a server being scaled in runs to its end),
/// both ACTIVE at the size the traffic needs, and the alias "zero-downtime-update-test" on fleet 1.
/// </summary>
internal sealed class SeedScenario(GseClient gse, double timeScale, Action<string> progress)
{
    // The local GSE's default fleet lifecycle (NEW → ACTIVE) and instance boot, in simulated seconds.
    private const double SimulatedActivationSeconds = 5 + 60 + 30 + 60 + 60 + 30;

    public async Task<SeededScenario> CreateAsync(FleetSizing sizing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sizing);
        var asset = (await gse.CreateAssetAsync(new CreateAssetRequest
        {
            AssetName = "seed-game-server", AssetVersion = "1.0.0", AssetRegion = "ap-shanghai",
            OperateSystem = "CentOS7.16", ImageId = "img-seed0001", BucketKey = "seed-game-server.zip",
        }, cancellationToken)).AssetId!;
        var fleet1 = await CreateFleetAsync(asset, "fleet 1", sizing, cancellationToken);
        var fleet2 = await CreateFleetAsync(asset, "fleet 2", sizing, cancellationToken);
        progress($"Seed: asset {asset}, fleet 1 {fleet1}, fleet 2 {fleet2} ({sizing.Instances} instances x {sizing.ProcessesPerInstance} server processes each); waiting for ACTIVE…");

        var limit = TimeSpan.FromSeconds(30 + (3 * SimulatedActivationSeconds / timeScale));
        await WaitAsync(fleet1, fleet2, ct => AllActiveAsync([fleet1, fleet2], instances: 1, ct), GseFleetStatuses.Active, limit, cancellationToken);
        foreach (var fleet in new[] { fleet1, fleet2 })
        {
            // GSE allows one instance before a fleet's first deployment: the real size comes once it is ACTIVE.
            await gse.UpdateFleetCapacityAsync(new UpdateFleetCapacityRequest
            {
                FleetId = fleet, MinSize = sizing.Instances, DesiredInstances = sizing.Instances, MaxSize = sizing.Instances,
            }, cancellationToken);
        }

        await WaitAsync(fleet1, fleet2, ct => AllActiveAsync([fleet1, fleet2], sizing.Instances, ct), $"{sizing.Instances} instances", limit, cancellationToken);
        var alias = (await gse.CreateAliasAsync(new CreateAliasRequest
        {
            Name = SeededScenario.AliasName,
            Description = "game clients and matchmakers create sessions here",
            RoutingStrategy = new RoutingStrategy { Type = GseRoutingTypes.Simple, FleetId = fleet1 },
        }, cancellationToken)).Alias!.AliasId!;
        progress($"Seed: alias {SeededScenario.AliasName} ({alias}) → fleet 1; both fleets ACTIVE with {sizing.Capacity} server processes each");
        return new SeededScenario(asset, alias, fleet1, fleet2, sizing);
    }

    private async Task<string> CreateFleetAsync(string assetId, string name, FleetSizing sizing, CancellationToken cancellationToken) =>
        (await gse.CreateFleetAsync(new CreateFleetRequest
        {
            AssetId = assetId, Name = name, Description = "seed scenario", FleetType = GseFleetTypes.OnDemand, InstanceType = "S5.LARGE8",
            NewGameServerSessionProtectionPolicy = GseProtectionPolicies.FullProtection,
            InboundPermissions = [new InboundPermission { FromPort = 6000, ToPort = 6100, IpRange = "0.0.0.0/0", Protocol = GseInboundProtocols.Udp }],
            RuntimeConfiguration = new RuntimeConfiguration
            {
                GameServerSessionActivationTimeoutSeconds = 300,
                MaxConcurrentGameServerSessionActivations = 100,
                ServerProcesses = [new ServerProcesse { ConcurrentExecutions = sizing.ProcessesPerInstance, LaunchPath = "/local/game/server", Parameters = "-port 6000" }],
            },
        }, cancellationToken)).FleetAttributes!.FleetId!;

    private async Task<bool> AllActiveAsync(string[] fleets, int instances, CancellationToken cancellationToken)
    {
        var attributes = (await gse.DescribeFleetAttributesAsync(new DescribeFleetAttributesRequest { FleetIds = fleets }, cancellationToken)).FleetAttributes ?? [];
        var capacity = (await gse.DescribeFleetCapacityAsync(new DescribeFleetCapacityRequest { FleetIds = fleets }, cancellationToken)).FleetCapacity ?? [];
        return attributes.Count == fleets.Length && attributes.All(f => f.Status == GseFleetStatuses.Active)
            && capacity.Count == fleets.Length && capacity.All(c => c.InstanceCounts?.Active >= instances);
    }

    private static async Task WaitAsync(string fleet1, string fleet2, Func<CancellationToken, Task<bool>> done, string what, TimeSpan limit, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (!await done(cancellationToken))
        {
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"The seed's fleets ({fleet1}, {fleet2}) did not reach {what} within {limit.TotalSeconds:0} s.");
            }

            await Task.Delay(250, cancellationToken);
        }
    }
}
