using System.Globalization;
using GseFunctions.Gse.Emulator.Simulation.State;
using GseFunctions.Gse.Models;

namespace GseFunctions.Gse.Emulator.Simulation;

internal sealed partial class GseSimulation
{
    public CreateAssetResponse CreateAsset(string region, CreateAssetRequest request) => Run(region, r =>
    {
        if (r.Assets.Count >= _options.AssetQuota)
        {
            throw new GseFault(GseErrorCodes.LimitExceeded, $"The region already has {_options.AssetQuota} assets, its quota.");
        }

        var asset = new SimAsset
        {
            Id = _random.NewId("asset", 8),
            Name = request.AssetName!,
            Version = request.AssetVersion!,
            OperateSystem = request.OperateSystem!,
            ImageId = request.ImageId,
            BucketKey = request.BucketKey,
            CreateTime = r.Now,
            Tags = request.Tags,
        };
        r.Assets.Add(asset.Id, asset);
        return new CreateAssetResponse { AssetId = asset.Id, AssetArn = Arn(r, "asset", asset.Id) };
    });

    public DescribeAssetResponse DescribeAsset(string region, DescribeAssetRequest request) => Run(region, r =>
        new DescribeAssetResponse { Asset = ToModel(r, Asset(r, request.AssetId)) });

    public DescribeAssetsResponse DescribeAssets(string region, DescribeAssetsRequest request) => Run(region, r =>
    {
        IEnumerable<SimAsset> assets = r.Assets.Values.OrderByDescending(a => a.CreateTime).ThenBy(a => a.Id, StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(request.Filter))
        {
            assets = assets.Where(a => a.Name.Contains(request.Filter, StringComparison.OrdinalIgnoreCase) || a.Id == request.Filter);
        }

        foreach (var filter in request.Filters ?? [])
        {
            var values = filter.Values ?? [];
            assets = filter.Key switch
            {
                "AssetName" or "resource:name" => assets.Where(a => values.Contains(a.Name)),
                "AssetId" or "resource:resourceId" => assets.Where(a => values.Contains(a.Id)),
                _ => throw Invalid($"Filters key `{filter.Key}` is not supported (AssetName, AssetId)."),
            };
        }

        var (page, total) = Page(assets, request.Offset, request.Limit);
        return new DescribeAssetsResponse { Assets = page.Select(a => ToModel(r, a)).ToList(), TotalCount = total };
    });

    public DeleteAssetResponse DeleteAsset(string region, DeleteAssetRequest request) => Run(region, r =>
    {
        var asset = Asset(r, request.AssetId);
        if (r.Fleets.Values.Any(f => f.IsLive && f.AssetId == asset.Id))
        {
            throw new GseFault(GseErrorCodes.ResourceInUse, $"The asset `{asset.Id}` is used by a fleet; delete the fleet first.");
        }

        r.Assets.Remove(asset.Id);
        return new DeleteAssetResponse();
    });

    private static SimAsset Asset(RegionState r, string? id) =>
        id is not null && r.Assets.TryGetValue(id, out var asset) ? asset : throw NotFound("asset", id);

    private Asset ToModel(RegionState r, SimAsset a) => new()
    {
        AssetId = a.Id,
        AssetName = a.Name,
        AssetVersion = a.Version,
        OperateSystem = a.OperateSystem,
        Stauts = 2,
        Size = "100M",
        CreateTime = a.CreateTime.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        BindFleetNum = r.Fleets.Values.Count(f => f.IsLive && f.AssetId == a.Id),
        AssetArn = Arn(r, "asset", a.Id),
        ImageId = a.ImageId,
        OsType = a.OperateSystem.StartsWith("Windows", StringComparison.OrdinalIgnoreCase) ? "Windows" : "CentOS",
        ResourceType = "ASSET",
        SharingStatus = "UNKNOWN_SHARED",
        Tags = a.Tags,
    };
}
