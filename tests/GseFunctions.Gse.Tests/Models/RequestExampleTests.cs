using System.Text.Json;
using System.Text.Json.Nodes;
using GseFunctions.Gse.Models;
using GseFunctions.Gse.Wire;

namespace GseFunctions.Gse.Tests.Models;

/// <summary>
/// Our request models against official input examples (flattened form, copied verbatim to
/// <c>Models/Examples/Requests</c> from TencentCloud/tencentcloud-cli <c>tccli/services/gse/v20191112/examples.json</c>
/// @ <c>67e7fc336e0c2d2ecdb748ca9ad9e82cc21881f0</c>): the request filled by hand with the example's values must go on
/// the wire with the same field names and structure, integers as JSON numbers and everything else as strings.
/// </summary>
public sealed class RequestExampleTests
{
    public static TheoryData<string> Actions =>
        ["CreateAlias", "UpdateAlias", "CreateFleet", "UpdateFleetCapacity", "PutScalingPolicy", "CreateGameServerSession"];

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task HandFilledRequest_GoesOnTheWireInTheExampleShape(string action)
    {
        var (request, integerKeys) = Sample(action);
        var (exampleAction, parameters) = FlattenedInput.Parse(OfficialExamples.Request(action));
        Assert.Equal(action, exampleAction);
        Assert.True(GseActionCatalog.TryGet(action, out var info));
        var expected = FlattenedInput.Unflatten(parameters);

        // The body exactly as the client sends it (GseJson.Request through SendAsync), answered with the action's output example.
        var (_, body) = await ExampleExchange.RunAsync(info, request, OfficialExamples.Response(action));
        var actual = JsonNode.Parse(body);

        Problems.AssertNone(JsonTree.FindLosses(expected, actual, nullMatchesMissing: true), $"{action}: example fields our body lacks or changes");
        Problems.AssertNone(JsonTree.FindAdditions(expected, actual, allowNull: false), $"{action}: fields our body has that the example does not");
        Problems.AssertNone(integerKeys.Where(k => !parameters.Exists(p => p.Key == k)).ToList(), "integer keys that are not in the example");
        foreach (var (key, value) in parameters.Where(p => p.Value != "null"))
        {
            var wanted = integerKeys.Contains(key) ? JsonValueKind.Number : JsonValueKind.String;
            Assert.True(JsonTree.Kind(JsonTree.At(actual, key)) == wanted, $"{key}={value}: expected a JSON {wanted}, got {JsonTree.At(actual, key)?.ToJsonString()}");
        }
    }

    /// <summary>
    /// A server (the emulator) reads the example's all-string body with <see cref="GseJson.StrictRequest"/>: no field is
    /// unknown to our model, and the result is the request we filled by hand.
    /// </summary>
    [Theory]
    [MemberData(nameof(Actions))]
    public void ExampleBody_ReadStrictly_IsTheHandFilledRequest(string action)
    {
        var (request, _) = Sample(action);
        Assert.True(GseActionCatalog.TryGet(action, out var info));
        var body = FlattenedInput.Unflatten(FlattenedInput.Parse(OfficialExamples.Request(action)).Parameters);

        var parsed = body.Deserialize(info.RequestType, GseJson.StrictRequest);

        Assert.Equal(
            JsonSerializer.Serialize(request, info.RequestType, GseJson.Request),
            JsonSerializer.Serialize(parsed, info.RequestType, GseJson.Request));
    }

    public static TheoryData<string> AllInputExamples => new(OfficialExamples.RequestActions);

    /// <summary>
    /// Every stored input example (one per typed action), un-flattened, is read by <see cref="GseJson.StrictRequest"/>
    /// into our request model without an unknown member, and writing it back keeps every example field (as a string or
    /// the equivalent integer).
    /// </summary>
    [Theory]
    [MemberData(nameof(AllInputExamples))]
    public void EveryInputExample_ReadsStrictlyIntoOurRequestModel(string action)
    {
        var (exampleAction, parameters) = FlattenedInput.Parse(OfficialExamples.Request(action));
        Assert.Equal(action, exampleAction);
        Assert.True(GseActionCatalog.TryGet(action, out var info));
        var body = FlattenedInput.Unflatten(parameters);

        object? parsed = null;
        var exception = Record.Exception(() => parsed = body.Deserialize(info.RequestType, GseJson.StrictRequest));

        Assert.True(exception is null, $"{action}: {exception?.Message}");
        var written = JsonSerializer.SerializeToNode(parsed, info.RequestType, GseJson.Request);
        Problems.AssertNone(JsonTree.FindLosses(body, written, nullMatchesMissing: true), $"{action}: example fields our request model loses");
    }

    /// <summary>
    /// The request each example describes, filled by hand, and the example's keys whose API type is Integer (from the
    /// request and structure tables of /work/shared/reference/gse-api.md §3).
    /// </summary>
    private static (object Request, HashSet<string> IntegerKeys) Sample(string action) => action switch
    {
        "CreateAlias" => (
            new CreateAliasRequest
            {
                Name = "aliastest",
                RoutingStrategy = new RoutingStrategy { Type = "TERMINAL", Message = "thisisatest", FleetId = "fleet-xxxx-xxxx-xxxxx" },
                Description = "aliastest",
            },
            []),
        "UpdateAlias" => (new UpdateAliasRequest { AliasId = "alias-123-test", Name = "test" }, []),
        "CreateFleet" => (
            new CreateFleetRequest
            {
                AssetId = "asset-eugdyx0g",
                Description = "Humandecription",
                InstanceType = "S5.LARGE8",
                FleetType = "ON_DEMAND",
                Name = "testfleet",
                NewGameServerSessionProtectionPolicy = "FullProtection",
                PeerVpcId = null, // the example's "PeerVpcId=null"
                ResourceCreationLimitPolicy = new ResourceCreationLimitPolicy { NewGameServerSessionsPerCreator = 0, PolicyPeriodInMinutes = 1 },
                RuntimeConfiguration = new RuntimeConfiguration
                {
                    GameServerSessionActivationTimeoutSeconds = 5,
                    MaxConcurrentGameServerSessionActivations = 4,
                    ServerProcesses =
                    [
                        new ServerProcesse { ConcurrentExecutions = 10, LaunchPath = "/local/game/GameLiftLinuxServer", Parameters = "-cconf/config.toml" },
                    ],
                },
                InboundPermissions = [new InboundPermission { FromPort = 1900, IpRange = "0.0.0.0/0", Protocol = "TCP", ToPort = 2900 }],
                DataDiskInfo = [new DiskInfo { DiskType = "CLOUD_PREMIUM", DiskSize = 50 }],
                SystemDiskInfo = new DiskInfo { DiskType = "CLOUD_PREMIUM", DiskSize = 50 },
            },
            [
                "ResourceCreationLimitPolicy.NewGameServerSessionsPerCreator",
                "ResourceCreationLimitPolicy.PolicyPeriodInMinutes",
                "RuntimeConfiguration.GameServerSessionActivationTimeoutSeconds",
                "RuntimeConfiguration.MaxConcurrentGameServerSessionActivations",
                "RuntimeConfiguration.ServerProcesses.0.ConcurrentExecutions",
                "InboundPermissions.0.FromPort",
                "InboundPermissions.0.ToPort",
                "DataDiskInfo.0.DiskSize",
                "SystemDiskInfo.DiskSize",
            ]),
        "UpdateFleetCapacity" => (
            new UpdateFleetCapacityRequest { FleetId = "fleet-qp3g3caa-ay03mhdm", DesiredInstances = 30, MinSize = 0, MaxSize = 40 },
            ["DesiredInstances", "MinSize", "MaxSize"]),
        "PutScalingPolicy" => (
            new PutScalingPolicyRequest
            {
                FleetId = "fleet-qp3g3caa-ay03mhdm",
                Name = "scaling1",
                PolicyType = "TargetBased",
                MetricName = "PercentAvailableGameServerSessions",
                TargetConfiguration = new TargetConfiguration { TargetValue = 30 },
            },
            ["TargetConfiguration.TargetValue"]),
        "CreateGameServerSession" => (
            new CreateGameServerSessionRequest { AliasId = "alias-aatest-66bb", MaximumPlayerSessionCount = 10 },
            ["MaximumPlayerSessionCount"]),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "No hand-filled request for this action."),
    };
}
