using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Starting;

namespace GseFunctions.Rollouts.Tests.Starting;

public sealed class RolloutRequestValidatorTests
{
    private static readonly RolloutRequest Valid = new() { AliasId = "alias-1", FleetId = "fleet-2" };

    public static TheoryData<string, RolloutRequest> BadRequests() => new()
    {
        { "aliasId", Valid with { AliasId = " " } },
        { "aliasId", Valid with { AliasId = new string('a', 129) } },
        { "aliasId", Valid with { AliasId = "alias\n1" } },
        { "fleetId", Valid with { FleetId = null } },
        { "fleetId", Valid with { NewFleet = new NewFleetSpec { AssetId = "asset-1" } } },
        { "fleetId", Valid with { FleetId = "" } },
        { "newFleet.assetId", Valid with { FleetId = null, NewFleet = new NewFleetSpec() } },
        { "newFleet.name", Valid with { FleetId = null, NewFleet = new NewFleetSpec { AssetId = "a", Name = new string('n', 51) } } },
        { "newFleet", Valid with { FleetId = null, NewFleet = new NewFleetSpec { AssetId = "a", DesiredInstances = -1 } } },
        { "newFleet.minSize", Valid with { FleetId = null, NewFleet = new NewFleetSpec { AssetId = "a", MinSize = 3, MaxSize = 2 } } },
        { "idempotencyKey", Valid with { IdempotencyKey = "" } },
        { "idempotencyKey", Valid with { IdempotencyKey = new string('k', 101) } },
        { "options.minAvailableSessions", Valid with { Options = new RolloutOptions { MinAvailableSessions = -1 } } },
        { "options.readinessTimeout", Valid with { Options = new RolloutOptions { ReadinessTimeout = TimeSpan.Zero } } },
        { "options.smokeTestTimeout", Valid with { Options = new RolloutOptions { SmokeTestTimeout = TimeSpan.FromDays(31) } } },
        { "options.approvalTimeout", Valid with { Options = new RolloutOptions { ApprovalTimeout = TimeSpan.FromSeconds(-1) } } },
        { "options.drainTimeout", Valid with { Options = new RolloutOptions { DrainTimeout = TimeSpan.Zero } } },
        { "options.pollInterval", Valid with { Options = new RolloutOptions { PollInterval = TimeSpan.FromMilliseconds(500) } } },
        { "options.maxPollInterval", Valid with { Options = new RolloutOptions { PollInterval = TimeSpan.FromMinutes(5), MaxPollInterval = TimeSpan.FromMinutes(1) } } },
        { "options.retention", Valid with { Options = new RolloutOptions { Retention = TimeSpan.FromDays(31) } } },
        { "options.onDrainTimeout", Valid with { Options = new RolloutOptions { OnDrainTimeout = (DrainTimeoutAction)7 } } },
        { "options.retire", Valid with { Options = new RolloutOptions { Retire = (RetireMode)9 } } },

        // Unbounded durations crashed the orchestration after the switch (DateTime overflow): every one is bounded.
        { "options.pollInterval", Valid with { Options = new RolloutOptions { PollInterval = TimeSpan.FromDays(3_000_000), MaxPollInterval = TimeSpan.FromDays(3_000_000) } } },
        { "options.maxPollInterval", Valid with { Options = new RolloutOptions { MaxPollInterval = TimeSpan.FromDays(3_000_000) } } },
        { "options.readinessTimeout", Valid with { Options = new RolloutOptions { ReadinessTimeout = TimeSpan.MaxValue } } },
        { "options.pollInterval", Valid with { Options = new RolloutOptions { PollInterval = TimeSpan.FromMinutes(2), MaxPollInterval = TimeSpan.FromMinutes(2), ReadinessTimeout = TimeSpan.FromMinutes(1) } } },
        { "options.maxPollInterval", Valid with { Options = new RolloutOptions { DrainTimeout = TimeSpan.FromSeconds(90) } } },
        { "options.maxPollInterval", Valid with { Options = new RolloutOptions { SmokeTest = true, SmokeTestTimeout = TimeSpan.FromSeconds(30), PollInterval = TimeSpan.FromSeconds(5) } } },

        // One id rule and printable, bounded names (GSE's shapes).
        { "aliasId", Valid with { AliasId = "alias/1" } },
        { "aliasId", Valid with { AliasId = "alias#1?" } },
        { "aliasId", Valid with { AliasId = "alias'1" } },
        { "aliasId", Valid with { AliasId = " x y " } },
        { "fleetId", Valid with { FleetId = "fleet\u00002" } },
        { "fleetId", Valid with { FleetId = "fleet\0" } },
        { "fleetId", Valid with { FleetId = new string('f', 10_000) } },
        { "fleetId", Valid with { FleetId = " x y " } },
        { "newFleet.assetId", Valid with { FleetId = null, NewFleet = new NewFleetSpec { AssetId = "\0" + new string('a', 10_000) } } },
        { "newFleet.name", Valid with { FleetId = null, NewFleet = new NewFleetSpec { AssetId = "a", Name = "fleet\u0001" } } },
        { "newFleet.name", Valid with { FleetId = null, NewFleet = new NewFleetSpec { AssetId = "a", Name = " v2" } } },
        { "newFleet.description", Valid with { FleetId = null, NewFleet = new NewFleetSpec { AssetId = "a", Description = new string('d', 101) } } },
        { "newFleet.instanceType", Valid with { FleetId = null, NewFleet = new NewFleetSpec { AssetId = "a", InstanceType = "S5 LARGE8" } } },
        { "newFleet.newGameServerSessionProtectionPolicy", Valid with { FleetId = null, NewFleet = new NewFleetSpec { AssetId = "a", NewGameServerSessionProtectionPolicy = "Some" } } },
        { "newFleet", Valid with { FleetId = null, NewFleet = new NewFleetSpec { AssetId = "a", MaxSize = 1_000_001 } } },
        { "newFleet.minSize", Valid with { FleetId = null, NewFleet = new NewFleetSpec { AssetId = "a", MinSize = 3, DesiredInstances = 2 } } },
        { "idempotencyKey", Valid with { IdempotencyKey = "key\n" } },
        { "idempotencyKey", Valid with { IdempotencyKey = "\ud800" } },

        // Target capacity: for an existing target only, ordered and bounded.
        { "options.targetCapacity", Valid with { Options = new RolloutOptions { TargetCapacity = new FleetSize(2, 1, 3) } } },
        { "options.targetCapacity", Valid with { Options = new RolloutOptions { TargetCapacity = new FleetSize(0, 0, 0) } } },
        { "options.targetCapacity", Valid with { Options = new RolloutOptions { TargetCapacity = new FleetSize(-1, 1, 1) } } },
        { "options.targetCapacity", Valid with { Options = new RolloutOptions { TargetCapacity = new FleetSize(1, 1, 1001) } } },
        { "options.targetCapacity", Valid with { FleetId = null, NewFleet = new NewFleetSpec { AssetId = "a" }, Options = new RolloutOptions { TargetCapacity = new FleetSize(1, 1, 1) } } },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void Validate_BadRequest_NamesTheField(string field, RolloutRequest request)
    {
        var errors = RolloutRequestValidator.Validate(request);

        var error = Assert.Single(errors);
        Assert.Equal(field, error.Key);
        Assert.All(error.Value, m => Assert.False(string.IsNullOrWhiteSpace(m)));
    }

    [Fact]
    public void Validate_ExistingOrNewFleetWithDefaults_IsValid()
    {
        Assert.Empty(RolloutRequestValidator.Validate(Valid));
        Assert.Empty(RolloutRequestValidator.Validate(Valid with { FleetId = null, NewFleet = new NewFleetSpec { AssetId = "asset-2", MinSize = 1, DesiredInstances = 2, MaxSize = 4 } }));
        Assert.Empty(RolloutRequestValidator.Validate(Valid with { FleetId = null, NewFleet = new NewFleetSpec { AssetId = "asset-2", Name = "v2 — 夏", Description = "", InstanceType = "S5.LARGE8", NewGameServerSessionProtectionPolicy = "FullProtection" } }));
        Assert.Empty(RolloutRequestValidator.Validate(Valid with { IdempotencyKey = "release 42 (hotfix)", Options = new RolloutOptions { Retire = RetireMode.Keep, TargetCapacity = new FleetSize(0, 1, 1) } }));
        Assert.Empty(RolloutRequestValidator.Validate(Valid with { Options = new RolloutOptions { ReadinessTimeout = TimeSpan.FromDays(30), DrainTimeout = TimeSpan.FromDays(30), PollInterval = TimeSpan.FromDays(30), MaxPollInterval = TimeSpan.FromDays(30), Retention = TimeSpan.FromDays(30) } }));
    }

    [Fact]
    public void RolloutValidationException_Message_ListsEveryFieldProblem()
    {
        var errors = RolloutRequestValidator.Validate(new RolloutRequest());

        var exception = new RolloutValidationException(errors);

        Assert.Contains("aliasId:", exception.Message, StringComparison.Ordinal);
        Assert.Contains("fleetId:", exception.Message, StringComparison.Ordinal);
    }
}
