using GseFunctions.Gse.Models;

namespace GseFunctions.Gse.Emulator.Tests.Simulation;

/// <summary>
/// Stateful scale-in: lowering capacity removes idle instances first and never removes an instance running a
/// session; a busy instance drains, its sessions ended by the protection policy (reference §4.6): NoProtection
/// within 5 minutes, TimeLimitProtection at the time limit, FullProtection never. Matches last 5 hours here.
/// </summary>
public sealed class StatefulScaleInTests : SimulationTestBase
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    protected override IDictionary<string, string?>? Settings => LongMatches();

    private async Task<string> ProtectedFleetAsync(string protection, int? timeLimitMinutes = null) =>
        await CreateActiveFleetAsync(processes: 2, change: r => r with
        {
            NewGameServerSessionProtectionPolicy = protection,
            GameServerSessionProtectionTimeLimit = timeLimitMinutes,
        });

    /// <summary>Lowers the fleet to 0 instances and checks the busy instance drains instead of going.</summary>
    private async Task DrainAsync(string fleet, GameServerSession session)
    {
        await UpdateCapacityAsync(fleet, 0, 0, 1);
        var instance = Assert.Single(await InstancesAsync(fleet));
        Assert.Equal((session.IpAddress, "TERMINATING"), (instance.IpAddress, instance.Status));
        Assert.Equal("ACTIVE", (await SessionAsync(session.GameServerSessionId!)).Status);
    }

    [Fact]
    public async Task LowerCapacity_RemovesIdleInstancesAtOnce_AndDrainsTheOneRunningASession()
    {
        var fleet = await ProtectedFleetAsync("NoProtection");
        await UpdateCapacityAsync(fleet, 0, 3, 3);
        Advance(Defaults.Boot);
        var session = await CreateSessionAsync(fleet);
        Advance(Defaults.SessionActivation);

        await UpdateCapacityAsync(fleet, 0, 1, 3);
        var kept = Assert.Single(await InstancesAsync(fleet));
        Assert.Equal((session.IpAddress, "ACTIVE"), (kept.IpAddress, kept.Status));

        await DrainAsync(fleet, session);
        var counts = await CountsAsync(fleet);
        Assert.Equal((0, 1, 1), (counts.Desired, counts.Active, counts.Terminating));

        // A draining instance takes no new session even with a free process.
        await FailsWithAsync(GseErrorCodes.ResourceInsufficient, () => CreateSessionAsync(fleet));
        Assert.Single(await SessionsAsync(fleet));
    }

    [Fact]
    public async Task ScaleIn_NoProtection_EndsTheSessionAfterTheGracePeriod()
    {
        var fleet = await ProtectedFleetAsync("NoProtection");
        var session = await CreateSessionAsync(fleet);
        Advance(TimeSpan.FromMinutes(1));

        await DrainAsync(fleet, session);
        Advance(Defaults.NoProtectionGrace - Second);
        Assert.Equal("ACTIVE", (await SessionAsync(session.GameServerSessionId!)).Status);
        Assert.Single(await InstancesAsync(fleet));
        Advance(Second);

        var ended = await SessionAsync(session.GameServerSessionId!);
        Assert.Equal("TERMINATED", ended.Status);
        Assert.Contains("NoProtection", ended.StatusReason, StringComparison.Ordinal);
        Assert.Empty(await InstancesAsync(fleet));
        Assert.Equal(0, (await CountsAsync(fleet)).Active);
    }

    [Fact]
    public async Task ScaleIn_TimeLimitProtection_EndsTheSessionAtTheTimeLimitAfterItsCreation()
    {
        var fleet = await ProtectedFleetAsync("TimeLimitProtection", timeLimitMinutes: 10);
        var created = Now;
        var session = await CreateSessionAsync(fleet);
        Advance(TimeSpan.FromMinutes(1));

        await DrainAsync(fleet, session);
        Advance(created + TimeSpan.FromMinutes(10) - Now - Second);
        Assert.Equal("ACTIVE", (await SessionAsync(session.GameServerSessionId!)).Status);
        Advance(Second);

        var ended = await SessionAsync(session.GameServerSessionId!);
        Assert.Equal("TERMINATED", ended.Status);
        Assert.Equal(Wire(created + TimeSpan.FromMinutes(10)), ended.TerminationTime);
        Assert.Empty(await InstancesAsync(fleet));
    }

    [Fact]
    public async Task ScaleIn_FullProtection_KeepsTheSessionAndInstanceUntilTheMatchEnds()
    {
        var fleet = await ProtectedFleetAsync("FullProtection");
        var session = await CreateSessionAsync(fleet);
        Advance(TimeSpan.FromMinutes(1));

        await DrainAsync(fleet, session);
        Advance(TimeSpan.FromHours(2));
        Assert.Equal("ACTIVE", (await SessionAsync(session.GameServerSessionId!)).Status);
        Assert.Equal("TERMINATING", Assert.Single(await InstancesAsync(fleet)).Status);
        await FailsWithAsync(GseErrorCodes.OperationDenied, () => Client.EndGameServerSessionAndProcessAsync(new EndGameServerSessionAndProcessRequest { GameServerSessionId = session.GameServerSessionId }));

        // The 5-hour match ends on its own; only then does the instance go.
        Advance(TimeSpan.FromHours(3));
        var ended = await SessionAsync(session.GameServerSessionId!);
        Assert.Equal(("TERMINATED", "The match ended."), (ended.Status, ended.StatusReason));
        Assert.Empty(await InstancesAsync(fleet));
    }

    [Fact]
    public async Task ScaleIn_SessionOverridesFleetPolicy_FullProtectionSessionOutlivesTheGrace()
    {
        var fleet = await ProtectedFleetAsync("NoProtection");
        var session = await CreateSessionAsync(fleet);
        Advance(Defaults.SessionActivation);
        await Client.UpdateGameServerSessionAsync(new UpdateGameServerSessionRequest { GameServerSessionId = session.GameServerSessionId, ProtectionPolicy = "FullProtection" });
        var detail = (await Client.DescribeGameServerSessionDetailsAsync(new DescribeGameServerSessionDetailsRequest { GameServerSessionId = session.GameServerSessionId })).GameServerSessionDetails!.Single();
        Assert.Equal("FullProtection", detail.ProtectionPolicy);

        await DrainAsync(fleet, session);
        Advance(Defaults.NoProtectionGrace + TimeSpan.FromMinutes(30));

        Assert.Equal("ACTIVE", (await SessionAsync(session.GameServerSessionId!)).Status);
        Assert.Single(await InstancesAsync(fleet));
    }

    [Fact]
    public async Task ScaleOutWhileDraining_ReusesTheDrainingInstance_AndTheGraceNoLongerEndsItsSession()
    {
        var fleet = await ProtectedFleetAsync("NoProtection");
        var session = await CreateSessionAsync(fleet);
        Advance(Defaults.SessionActivation);
        await DrainAsync(fleet, session);
        var drained = Assert.Single(await InstancesAsync(fleet));

        Advance(TimeSpan.FromMinutes(1));
        await UpdateCapacityAsync(fleet, 0, 1, 1);
        var reused = Assert.Single(await InstancesAsync(fleet));
        Assert.Equal((drained.InstanceId, "ACTIVE"), (reused.InstanceId, reused.Status));

        Advance(Defaults.NoProtectionGrace);
        Assert.Equal("ACTIVE", (await SessionAsync(session.GameServerSessionId!)).Status);
        await CreateSessionAsync(fleet); // the second process takes sessions again
    }

    [Fact]
    public async Task PolicyChangedToFullProtectionWhileDraining_TheGraceNoLongerEndsTheSession()
    {
        var fleet = await ProtectedFleetAsync("NoProtection");
        var session = await CreateSessionAsync(fleet);
        Advance(Defaults.SessionActivation);
        await DrainAsync(fleet, session);

        Advance(TimeSpan.FromMinutes(1));
        await SetPolicyAsync(session, "FullProtection");
        Advance(Defaults.NoProtectionGrace + TimeSpan.FromMinutes(30));

        Assert.Equal("ACTIVE", (await SessionAsync(session.GameServerSessionId!)).Status);
        Assert.Single(await InstancesAsync(fleet));
    }

    [Fact]
    public async Task PolicyChangedToNoProtectionWhileDraining_EndsTheSessionAGraceAfterTheChange()
    {
        var fleet = await ProtectedFleetAsync("FullProtection");
        var session = await CreateSessionAsync(fleet);
        Advance(Defaults.SessionActivation);
        await DrainAsync(fleet, session);

        Advance(TimeSpan.FromMinutes(20));
        await SetPolicyAsync(session, "NoProtection");
        Advance(Defaults.NoProtectionGrace - Second);
        Assert.Equal("ACTIVE", (await SessionAsync(session.GameServerSessionId!)).Status);
        Advance(Second);

        Assert.Equal("TERMINATED", (await SessionAsync(session.GameServerSessionId!)).Status);
        Assert.Empty(await InstancesAsync(fleet));
    }

    [Fact]
    public async Task DrainedAgainAfterReuse_TheGraceCountsFromTheSecondDrain()
    {
        var fleet = await ProtectedFleetAsync("NoProtection");
        var session = await CreateSessionAsync(fleet);
        Advance(Defaults.SessionActivation);
        await DrainAsync(fleet, session);
        Advance(TimeSpan.FromMinutes(3));
        await UpdateCapacityAsync(fleet, 0, 1, 1);
        Advance(TimeSpan.FromMinutes(1));

        await DrainAsync(fleet, session);
        Advance(Defaults.NoProtectionGrace - Second); // the first drain's timer (due 2 minutes ago) must not fire
        Assert.Equal("ACTIVE", (await SessionAsync(session.GameServerSessionId!)).Status);
        Advance(Second);

        Assert.Equal("TERMINATED", (await SessionAsync(session.GameServerSessionId!)).Status);
    }

    private Task<UpdateGameServerSessionResponse> SetPolicyAsync(GameServerSession session, string policy) =>
        Client.UpdateGameServerSessionAsync(new UpdateGameServerSessionRequest { GameServerSessionId = session.GameServerSessionId, ProtectionPolicy = policy });
}
