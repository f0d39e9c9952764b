using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using GseFunctions.Gse.Models;
using GseFunctions.Gse.Wire;

namespace GseFunctions.Gse.Tests.Models;

/// <summary>
/// Our response models against every official output example of an action we type (source: TencentCloud/tencentcloud-cli
/// <c>tccli/services/gse/v20191112/examples.json</c> @ <c>67e7fc336e0c2d2ecdb748ca9ad9e82cc21881f0</c>, copied verbatim to
/// <c>Models/Examples/Responses</c>; see the README there).
/// </summary>
public sealed class ResponseExampleTests
{
    public static TheoryData<string> Examples => new(OfficialExamples.ResponseNames);

    [Fact]
    public void Examples_CoverTheActionsTheBriefNames()
    {
        string[] required =
        [
            "CreateAlias", "DescribeAlias", "ListAliases", "ResolveAlias", "UpdateAlias", "CreateFleet", "DescribeFleetAttributes",
            "ListFleets", "DescribeFleetCapacity", "DescribeFleetUtilization", "DescribeFleetEvents", "DescribeInstances",
            "DescribeScalingPolicies", "CreateGameServerSession", "DescribeGameServerSessions", "SearchGameServerSessions",
            "JoinGameServerSession", "DescribePlayerSessions", "DescribeAsset", "CreateAsset",
        ];
        var stored = OfficialExamples.ResponseNames.Select(OfficialExamples.ActionOf).ToHashSet(StringComparer.Ordinal);

        Problems.AssertNone(required.Where(a => !stored.Contains(a)).ToList(), "actions without a stored example");
        Problems.AssertNone(stored.Where(a => !GseActionCatalog.TryGet(a, out _)).ToList(), "examples of actions we do not type");
        Assert.Equal(stored.Order(StringComparer.Ordinal), OfficialExamples.RequestActions); // one input per action
        Assert.Equal(3, OfficialExamples.ResponseNames.Count(n => OfficialExamples.ActionOf(n) == "SearchGameServerSessions"));
    }

    /// <summary>
    /// The example goes through the client's own receive path (envelope, error check, <see cref="GseJson.Response"/>);
    /// writing the typed result back with the same options must keep every field of the example, and every field the
    /// model has but the example lacks must come out as null.
    /// </summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_ParsedByTheClient_KeepsEveryField(string example)
    {
        var payload = OfficialExamples.Response(example);
        Assert.True(GseActionCatalog.TryGet(OfficialExamples.ActionOf(example), out var action));

        var (response, _) = await ExampleExchange.RunAsync(action, Activator.CreateInstance(action.RequestType)!, payload);

        Assert.IsType(action.ResponseType, response);
        var expected = JsonNode.Parse(payload)!["Response"];
        Assert.False(string.IsNullOrEmpty(response.RequestId));
        Assert.Equal(expected!["RequestId"]!.GetValue<string>(), response.RequestId);

        var ours = JsonSerializer.SerializeToNode(response, action.ResponseType, GseJson.Response);
        Problems.AssertNone(JsonTree.FindLosses(expected, ours, nullMatchesMissing: false), $"{example}: fields of the example our model loses or changes");
        Problems.AssertNone(JsonTree.FindAdditions(expected, ours, allowNull: true), $"{example}: values our model writes that the example does not have");

        // Parsing our own output again gives the same tree (what we write, we read).
        var again = JsonSerializer.Deserialize(ours!.ToJsonString(), action.ResponseType, GseJson.Response);
        Assert.True(JsonNode.DeepEquals(ours, JsonSerializer.SerializeToNode(again, action.ResponseType, GseJson.Response)));
    }

    /// <summary>The same examples read with unknown members refused: names the first field a model does not have.</summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_HasNoFieldOurModelLacks(string example)
    {
        var strict = new JsonSerializerOptions(GseJson.Response) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };
        Assert.True(GseActionCatalog.TryGet(OfficialExamples.ActionOf(example), out var action));
        var inner = JsonNode.Parse(OfficialExamples.Response(example))!["Response"]!.ToJsonString();

        var exception = Record.Exception(() => JsonSerializer.Deserialize(inner, action.ResponseType, strict));

        Assert.True(exception is null, $"{example}: {exception?.Message}");
    }

    [Fact]
    public async Task CreateAlias()
    {
        var r = await Parse(new CreateAliasRequest(), "CreateAlias");

        Assert.Equal("3084cdf3-6b74-4f8d-8f57-b3abb2b47bdd", r.RequestId);
        var alias = r.Alias!;
        Assert.Equal("alias-1", alias.AliasId);
        Assert.Equal("aliasArn-alias-1", alias.AliasArn);
        Assert.Equal("aliastest", alias.Name);
        Assert.Equal("aliastest", alias.Description);
        Assert.Equal("2019-11-27T04:54:20Z", alias.CreationTime);
        Assert.Equal("2019-11-27T04:54:20Z", alias.LastUpdatedTime);
        Assert.Equal(new RoutingStrategy { Type = "TERMINAL", FleetId = "fleet-xxxx-xxxx-xxxxx", Message = "this is a test" }, alias.RoutingStrategy);
        Assert.Null(alias.Tags);
    }

    [Fact]
    public async Task DescribeAlias()
    {
        var r = await Parse(new DescribeAliasRequest(), "DescribeAlias");

        Assert.Equal("5d7aef5a-8950-4530-b89d-9c84347d13f6", r.RequestId);
        var alias = r.Alias!;
        Assert.Equal("alias-123-test", alias.AliasId);
        Assert.Equal("qcs::gse:ap-shanghai:uin/20548499:alias/alias-123-test", alias.AliasArn);
        Assert.Equal(string.Empty, alias.Name); // empty, not null
        Assert.Equal(string.Empty, alias.Description);
        Assert.Equal("2019-12-11T13:51:05Z", alias.CreationTime);
        Assert.Equal(new RoutingStrategy { Type = "SIMPLE", FleetId = "fleet-qp3gsffn6-ob9lsbfa", Message = string.Empty }, alias.RoutingStrategy);
    }

    [Fact]
    public async Task ListAliases()
    {
        var r = await Parse(new ListAliasesRequest(), "ListAliases");

        Assert.Equal(1, r.TotalCount);
        var alias = Assert.Single(r.Aliases!);
        Assert.Equal("alias-123-test", alias.AliasId);
        Assert.Equal("qcs::gse:ap-shanghai:uin/20548675699:alias/alias-123-test", alias.AliasArn);
        Assert.Equal("SIMPLE", alias.RoutingStrategy!.Type);
        Assert.Equal("fleet-qp3gsffn6-ob9lsbfa", alias.RoutingStrategy.FleetId);
        Assert.Equal("95a408d2-9194-4bf0-97f6-972f645457756b8", r.RequestId);
    }

    [Fact]
    public async Task ResolveAlias()
    {
        var r = await Parse(new ResolveAliasRequest(), "ResolveAlias");

        Assert.Equal("fleet-qp3grthn6-ob9l1223a", r.FleetId);
        Assert.Equal("c1565064-3e4f-4129-8aca-4815efb45641", r.RequestId);
    }

    [Fact]
    public async Task UpdateAlias()
    {
        var r = await Parse(new UpdateAliasRequest(), "UpdateAlias");

        Assert.Equal("test", r.Alias!.Name);
        Assert.Equal("alias-123-test", r.Alias.AliasId);
        Assert.Equal("2019-12-11T13:51:05Z", r.Alias.LastUpdatedTime);
        Assert.Equal("SIMPLE", r.Alias.RoutingStrategy!.Type);
    }

    [Fact]
    public async Task CreateFleet()
    {
        var r = await Parse(new CreateFleetRequest(), "CreateFleet");

        Assert.Equal("4520ba54-982e-46e2-9a0b-63c963c34fc6", r.RequestId);
        var fleet = r.FleetAttributes!;
        Assert.Equal("fleet-pro4eunl-0l1exqxf", fleet.FleetId);
        Assert.Equal("qcs::gse:ap-beijing:uin/20548499:fleet/fleet-pro4eunl-0l1exqxf", fleet.FleetArn);
        Assert.Equal("build-xifjw-fiist-2019", fleet.AssetId);
        Assert.Equal("Human decription", fleet.Description);
        Assert.Equal("2019-12-09T13:37:01Z", fleet.CreationTime);
        Assert.Equal("ON_DEMAND", fleet.FleetType);
        Assert.Equal("S5.LARGE8", fleet.InstanceType);
        Assert.Equal("test fleet", fleet.Name);
        Assert.Equal("TimeLimitProtection", fleet.NewGameServerSessionProtectionPolicy);
        Assert.Equal(5, fleet.GameServerSessionProtectionTimeLimit);
        Assert.Equal("centos", fleet.OperatingSystem);
        Assert.Equal(new ResourceCreationLimitPolicy { NewGameServerSessionsPerCreator = 0, PolicyPeriodInMinutes = 1 }, fleet.ResourceCreationLimitPolicy);
        Assert.Equal("NEW", fleet.Status);
        Assert.NotNull(fleet.StoppedActions);
        Assert.Empty(fleet.StoppedActions); // [] stays an empty list, not null
        Assert.Null(fleet.TerminationTime);
        Assert.Equal(new DiskInfo { DiskType = "CLOUD_PREMIUM", DiskSize = 50 }, Assert.Single(fleet.DataDiskInfo!));
        Assert.Equal(new DiskInfo { DiskType = "CLOUD_PREMIUM", DiskSize = 50 }, fleet.SystemDiskInfo);
        Assert.Null(fleet.BillingStatus); // not in this example
    }

    [Fact]
    public async Task DescribeFleetAttributes()
    {
        var r = await Parse(new DescribeFleetAttributesRequest(), "DescribeFleetAttributes");

        Assert.Equal(1, r.TotalCount);
        Assert.Equal("s1602557884795276136", r.RequestId);
        var fleet = Assert.Single(r.FleetAttributes!);
        Assert.Equal("fleet-qp3g3caa-hxcv60fw", fleet.FleetId);
        Assert.Equal("qcs::gse:ap-shanghai:uin/:fleet/fleet-qp3g3caa-hxcv60fw", fleet.FleetArn);
        Assert.Equal("asset-97n7z87d", fleet.AssetId);
        Assert.Equal("UNKNOWN", fleet.BillingStatus);
        Assert.Equal("范德萨范德萨发", fleet.Description);
        Assert.Equal("S5.SMALL2", fleet.InstanceType);
        Assert.Equal("tedt01", fleet.Name);
        Assert.Equal("FullProtection", fleet.NewGameServerSessionProtectionPolicy);
        Assert.Equal(0, fleet.GameServerSessionProtectionTimeLimit);
        Assert.Equal(string.Empty, fleet.OperatingSystem);
        Assert.Equal(2, fleet.ResourceCreationLimitPolicy!.NewGameServerSessionsPerCreator);
        Assert.Equal(3, fleet.ResourceCreationLimitPolicy.PolicyPeriodInMinutes);
        Assert.Equal("ACTIVE", fleet.Status);
        Assert.Empty(fleet.StoppedActions!);
        Assert.Null(fleet.TerminationTime);
        Assert.Equal(50, Assert.Single(fleet.DataDiskInfo!).DiskSize);
        Assert.Equal("CLOUD_PREMIUM", fleet.SystemDiskInfo!.DiskType);
    }

    [Fact]
    public async Task ListFleets()
    {
        var r = await Parse(new ListFleetsRequest(), "ListFleets");

        Assert.Equal(["fleet-qp3g3chf-jwoblkv3"], r.FleetIds!);
        Assert.Equal(1, r.TotalCount);
        Assert.Equal("s1582187331291590006", r.RequestId);
    }

    [Fact]
    public async Task DescribeFleetCapacity()
    {
        var r = await Parse(new DescribeFleetCapacityRequest(), "DescribeFleetCapacity");

        Assert.Equal(1, r.TotalCount);
        var capacity = Assert.Single(r.FleetCapacity!);
        Assert.Equal("fleet-qp3g3caa-19tzbzao", capacity.FleetId);
        Assert.Equal("S5.SMALL2", capacity.InstanceType);
        Assert.Equal(3, capacity.ScalingInterval);
        Assert.Equal(
            new InstanceCounts { Active = 1, Desired = 1, Idle = 1, MaxiNum = 1, MiniNum = 0, Pending = 0, Terminating = 0 },
            capacity.InstanceCounts);
    }

    [Fact]
    public async Task DescribeFleetUtilization()
    {
        var r = await Parse(new DescribeFleetUtilizationRequest(), "DescribeFleetUtilization");

        Assert.Equal(1, r.TotalCount);
        Assert.Equal(
            new FleetUtilization
            {
                FleetId = "fleet-qp3g3caa-8yh5e7kg",
                ActiveGameServerSessionCount = 0,
                ActiveServerProcessCount = 49,
                CurrentPlayerSessionCount = 0,
                MaximumPlayerSessionCount = 0,
            },
            Assert.Single(r.FleetUtilization!));
    }

    [Fact]
    public async Task DescribeFleetEvents()
    {
        var r = await Parse(new DescribeFleetEventsRequest(), "DescribeFleetEvents");

        Assert.Equal(6, r.TotalCount);
        Assert.Equal("s1575880419614511725", r.RequestId);
        Assert.Equal(
            [
                "FLEET_STATE_VALIDATING", "FLEET_CREATION_RUNNING_INSTALLER", "FLEET_CREATION_VALIDATING_RUNTIME_CONFIG",
                "FLEET_STATE_DOWNLOADING", "FLEET_CREATED", "FLEET_CREATION_EXTRACTING_BUILD",
            ],
            r.Events!.Select(e => e.EventCode));
        Assert.Equal(
            new Event
            {
                EventCode = "FLEET_CREATION_RUNNING_INSTALLER",
                EventId = "event-qyylnmcz-2nweakep",
                EventTime = "2019-12-09T06:08:29Z",
                Message = "Running installer at /local/game/install.sh",
                PreSignedLogUrl = string.Empty,
                ResourceId = "fleet-pro4extc-kej8s8z4",
            },
            r.Events![1]);
        Assert.All(r.Events!, e => Assert.Equal("fleet-pro4extc-kej8s8z4", e.ResourceId));
    }

    [Fact]
    public async Task DescribeInstances()
    {
        var r = await Parse(new DescribeInstancesRequest(), "DescribeInstances");

        Assert.Equal(2, r.TotalCount);
        Assert.Equal(2, r.Instances!.Count);
        Assert.Equal(
            new Instance
            {
                CreateTime = "2020-04-09T11:20:20Z",
                DnsName = string.Empty,
                FleetId = "fleet-qp3g3caa-ckyp9do4",
                InstanceId = "ins-gsua7xs9",
                IpAddress = "1.1.1.2",
                OperatingSystem = "CentOS7.16",
                Status = "RUNNING",
                Type = "S5.SMALL2",
            },
            r.Instances[1]);
        Assert.Equal("ins-1d6i1mzp", r.Instances[0].InstanceId);
        Assert.Null(r.Instances[0].Weight); // newer field, not in this example
    }

    [Fact]
    public async Task DescribeScalingPolicies()
    {
        var r = await Parse(new DescribeScalingPoliciesRequest(), "DescribeScalingPolicies");

        Assert.Equal(1, r.TotalCount);
        var policy = Assert.Single(r.ScalingPolicies!);
        Assert.Equal("fleet-qp3g3caa-19tzbzao", policy.FleetId);
        Assert.Equal(30, policy.TargetConfiguration!.TargetValue);
        // The "reserved" rule fields are Strings in the API and arrive as "" — they must not be typed as numbers.
        Assert.Equal(string.Empty, policy.EvaluationPeriods);
        Assert.Equal(string.Empty, policy.ScalingAdjustment);
        Assert.Equal(string.Empty, policy.Threshold);
        Assert.Equal(string.Empty, policy.ComparisonOperator);
        Assert.Equal(string.Empty, policy.PolicyType);
        Assert.Equal(string.Empty, policy.Status);
    }

    [Fact]
    public async Task CreateGameServerSession()
    {
        var r = await Parse(new CreateGameServerSessionRequest(), "CreateGameServerSession");

        Assert.Equal("s15960816666663333", r.RequestId);
        var s = r.GameServerSession!;
        Assert.Equal("qcs::gse:ap-shanghai:uin/100000010000:gameserversession/fleet-qp33caaa-35555/gssess-qtk2222-uuu", s.GameServerSessionId);
        Assert.Equal("fleet-qp33caaa-35555", s.FleetId);
        Assert.Equal("Enable", s.AvailabilityStatus);
        Assert.Equal("2020-07-30T03:55:43Z", s.CreationTime);
        Assert.Equal(string.Empty, s.CreatorId);
        Assert.Equal(0, s.CurrentCustomCount);
        Assert.Equal(0, s.CurrentPlayerSessionCount);
        Assert.Equal(0, s.MaxCustomCount);
        Assert.Equal(100, s.MaximumPlayerSessionCount);
        Assert.Empty(s.GameProperties!);
        Assert.Equal("S5.LARGE8", s.InstanceType);
        Assert.Equal("127.0.0.1", s.IpAddress);
        Assert.Equal(6000, s.Port);
        Assert.Equal("ACCEPT_ALL", s.PlayerSessionCreationPolicy);
        Assert.Equal("ACTIVATING", s.Status);
        Assert.Equal(string.Empty, s.StatusReason);
        Assert.Null(s.TerminationTime);
        Assert.Equal(5, s.Weight);
    }

    [Fact]
    public async Task DescribeGameServerSessions()
    {
        var r = await Parse(new DescribeGameServerSessionsRequest(), "DescribeGameServerSessions");

        Assert.Equal(string.Empty, r.NextToken);
        Assert.Equal("0fffff4-oooo-43333d-9222-testaaa", r.RequestId);
        var s = Assert.Single(r.GameServerSessions!);
        Assert.Equal("fleet-qp33caaa-35555", s.FleetId);
        Assert.Equal(6000, s.Port);
        Assert.Equal("ACTIVATING", s.Status);
        Assert.Null(s.TerminationTime);
    }

    /// <summary>The first search example renders integers as strings (<c>"Port": "8000"</c>); they must read as numbers.</summary>
    [Fact]
    public async Task SearchGameServerSessions_IntegersAsStrings()
    {
        var r = await Parse(new SearchGameServerSessionsRequest(), "SearchGameServerSessions.1");

        var s = Assert.Single(r.GameServerSessions!);
        Assert.Equal(8000, s.Port);
        Assert.Equal(0, s.CurrentPlayerSessionCount);
        Assert.Equal(10, s.MaximumPlayerSessionCount);
        Assert.Equal(10, s.MaxCustomCount);
        Assert.Equal(5, s.Weight);
        Assert.Equal("c2", s.CreatorId);
        Assert.Equal("ENABLE", s.AvailabilityStatus);
        Assert.Equal("game-session-name", s.Name);
        Assert.Equal("0000.0.0.0", s.IpAddress);
        Assert.Equal("2019-12-05T04:04:28Z", s.TerminationTime);
        Assert.Equal(
            [
                new GameProperty { Key = "Key-2aa06131-7d54-11ea-b3e7-3464a91513fe", Value = "Value-2aa06132-7d54-11ea-8199-3464a91513fe" },
                new GameProperty { Key = "Key-2aa06133-7d54-11ea-aaac-3464a91513fe", Value = "Value-2aa06134-7d54-11ea-8fa2-3464a91513fe" },
                new GameProperty { Key = "Key-2aa06135-7d54-11ea-a9c1-3464a91513fe", Value = "Value-2aa06136-7d54-11ea-b30b-3464a91513fe" },
            ],
            s.GameProperties!);
        Assert.Equal(string.Empty, r.NextToken);
    }

    [Fact]
    public async Task SearchGameServerSessions_GamePropertyFilter()
    {
        var r = await Parse(new SearchGameServerSessionsRequest(), "SearchGameServerSessions.2");

        Assert.Equal("ntoken-bldnitiu-4cnjt4c0", r.NextToken);
        Assert.Equal("s1587465032390722054", r.RequestId);
        var s = Assert.Single(r.GameServerSessions!);
        Assert.Equal("qcs::gse:ap-shanghai:uin/0:gameserversession/fleet-qp3g3caa-b1adh8hq/gssess-k17ia36c-omi2numy", s.GameServerSessionId);
        Assert.Equal("Unknown", s.AvailabilityStatus);
        Assert.Equal(59920, s.Port);
        Assert.Equal(78, s.MaximumPlayerSessionCount);
        Assert.Equal(0, s.Weight);
        Assert.Equal(3, s.GameProperties!.Count);
        Assert.Equal("Value-2aa06136-7d54-11ea-b30b-3464a91513fe", s.GameProperties[2].Value);
    }

    [Fact]
    public async Task SearchGameServerSessions_ComplexExpression()
    {
        var r = await Parse(new SearchGameServerSessionsRequest(), "SearchGameServerSessions.3");

        Assert.Equal("s1587466067806554523", r.RequestId);
        Assert.NotNull(r.GameServerSessions);
        Assert.Equal([59106, 59110], r.GameServerSessions.Select(s => s.Port!.Value));
        Assert.Equal([181, 200], r.GameServerSessions.Select(s => s.MaximumPlayerSessionCount!.Value));
        Assert.Equal(3, r.GameServerSessions[0].GameProperties!.Count);
        Assert.Empty(r.GameServerSessions[1].GameProperties!);
        Assert.Equal("200.0.0.1", r.GameServerSessions[1].IpAddress);
    }

    [Fact]
    public async Task JoinGameServerSession()
    {
        var r = await Parse(new JoinGameServerSessionRequest(), "JoinGameServerSession");

        Assert.Equal(
            new PlayerSession
            {
                CreationTime = "2019-12-05T15:15:33Z",
                DnsName = string.Empty,
                FleetId = "fleet-sss-test01",
                GameServerSessionId = "qcs::gse:ap-shanghai:uin/1112222:gameserversession/fleet-qp3ga-p70zzzz/gssess-aaaa-ilqsssu/PlacementId-124ddda-4e28-1111-222b-abcde",
                IpAddress = "0000.0.0.0",
                PlayerData = "imangozhang",
                PlayerId = "100",
                PlayerSessionId = "psess-d44990-test5",
                Port = 8000, // "8000" in the example
                Status = "RESERVED",
                TerminationTime = null,
            },
            r.PlayerSession);
    }

    [Fact]
    public async Task DescribePlayerSessions()
    {
        var r = await Parse(new DescribePlayerSessionsRequest(), "DescribePlayerSessions");

        Assert.Equal("nextToken-4hpp445-niuu789", r.NextToken);
        var p = Assert.Single(r.PlayerSessions!);
        Assert.Equal("psess-d44990-test5", p.PlayerSessionId);
        Assert.Equal("fleet-00test-a5testzz", p.FleetId);
        Assert.Equal("TestPlayerData", p.PlayerData);
        Assert.Equal(string.Empty, p.PlayerId);
        Assert.Equal(8000, p.Port);
        Assert.Equal("COMPLETED", p.Status);
        Assert.Equal("2019-12-06T11:33:18Z", p.TerminationTime);
    }

    [Fact]
    public async Task DescribeAsset()
    {
        var r = await Parse(new DescribeAssetRequest(), "DescribeAsset");

        Assert.Equal(
            new Asset
            {
                AssetId = "build-xxxxx",
                AssetName = "test",
                AssetVersion = "test",
                OperateSystem = "centos",
                Stauts = 1, // sic: the vendor's spelling
                Size = "11M",
                CreateTime = "2019-11-28 20:04:32",
                BindFleetNum = 2,
                OsType = "xx",
                ResourceType = "IMAGE",
                SharingStatus = "SHARED",
                AssetArn = "xx",
                ImageId = "xx",
            },
            r.Asset);
        Assert.Equal("c7bfcad5-3f20-472f-9afc-13a66faebad8", r.RequestId);
    }

    [Fact]
    public async Task CreateAsset()
    {
        var r = await Parse(new CreateAssetRequest(), "CreateAsset");

        Assert.Equal("asset-xxx", r.AssetId);
        Assert.Equal("xx", r.AssetArn);
        Assert.Equal("c7bfcad5-3f20-472f-9afc-13a66faebad8", r.RequestId);
    }

    private static Task<TResponse> Parse<TResponse>(IGseRequest<TResponse> request, string example)
        where TResponse : GseResponse => ExampleExchange.ParseAsync(request, OfficialExamples.Response(example));
}
