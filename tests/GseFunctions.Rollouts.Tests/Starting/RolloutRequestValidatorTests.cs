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
