using System.Net;
using System.Net.Http.Json;
using GseFunctions.Gse.Emulator.Simulation;
using GseFunctions.Gse.Models;
using GseFunctions.Testing;

namespace GseFunctions.Gse.Emulator.Tests.Simulation;

/// <summary>
/// A local GSE on the fake clock per test, reached through the typed client over HTTP, with the small reads
/// the simulation tests share. Durations come from <see cref="Defaults"/>, the simulation's own defaults.
/// </summary>
public abstract class SimulationTestBase : IAsyncLifetime
{
    protected LocalGseServer Server { get; private set; } = null!;

    protected GseClient Client { get; private set; } = null!;

    /// <summary>Extra configuration for the server, e.g. <c>LocalGse:Simulation:FleetQuota</c>.</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    /// <summary>Settings under which matches outlast every test, so only the behaviour under test ends a session.</summary>
    protected static Dictionary<string, string?> LongMatches(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["LocalGse:Simulation:MatchLengthMin"] = "05:00:00",
            ["LocalGse:Simulation:MatchLengthMax"] = "05:00:00",
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    public async Task InitializeAsync()
    {
        Server = await LocalGseServer.StartAsync(Settings);
        Client = Server.CreateClient();
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    protected DateTimeOffset Now => Server.FakeClock!.GetUtcNow();

    protected void Advance(TimeSpan by) => Server.Advance(by);

    protected async Task<string> CreateAssetAsync(string name = "sim-asset") =>
        (await Client.CreateAssetAsync(new CreateAssetRequest
        {
            AssetName = name,
            AssetVersion = "1.0",
            AssetRegion = "ap-shanghai",
            OperateSystem = "CentOS7.16",
            BucketKey = name + ".zip",
            ImageId = "img-sim00001",
        })).AssetId!;

    /// <summary>Creates a fleet (the seed's definition, optionally changed) without waiting for it.</summary>
    protected async Task<string> CreateFleetAsync(string assetId, int processes = 2, Func<CreateFleetRequest, CreateFleetRequest>? change = null)
    {
        var request = GseSeed.Fleet(assetId, "sim fleet", processes);
        return (await Client.CreateFleetAsync(change is null ? request : change(request))).FleetAttributes!.FleetId!;
    }

    /// <summary>Creates an asset (unless given) and a fleet, and advances the clock until it is ACTIVE with a serving instance.</summary>
    protected async Task<string> CreateActiveFleetAsync(int processes = 2, Func<CreateFleetRequest, CreateFleetRequest>? change = null, string? assetId = null)
    {
        var fleet = await CreateFleetAsync(assetId ?? await CreateAssetAsync(), processes, change);
        await GseSeed.WaitActiveAsync(Client, Server, fleet);
        return fleet;
    }

    protected async Task<FleetAttributes> FleetAsync(string fleetId) =>
        (await Client.DescribeFleetAttributesAsync(new DescribeFleetAttributesRequest { FleetIds = [fleetId] })).FleetAttributes!.Single();

    protected async Task<string?> StatusAsync(string fleetId) => (await FleetAsync(fleetId)).Status;

    /// <summary>The fleet's events, newest first, as DescribeFleetEvents returns them.</summary>
    protected async Task<IReadOnlyList<Event>> EventsAsync(string fleetId) =>
        (await Client.DescribeFleetEventsAsync(new DescribeFleetEventsRequest { FleetId = fleetId, Limit = 100 })).Events!;

    protected async Task<InstanceCounts> CountsAsync(string fleetId) =>
        (await Client.DescribeFleetCapacityAsync(new DescribeFleetCapacityRequest { FleetIds = [fleetId] })).FleetCapacity!.Single().InstanceCounts!;

    protected async Task<FleetUtilization> UtilizationAsync(string fleetId) =>
        (await Client.DescribeFleetUtilizationAsync(new DescribeFleetUtilizationRequest { FleetIds = [fleetId] })).FleetUtilization!.Single();

    protected async Task<IReadOnlyList<Instance>> InstancesAsync(string fleetId) =>
        (await Client.DescribeInstancesAsync(new DescribeInstancesRequest { FleetId = fleetId })).Instances!;

    protected Task UpdateCapacityAsync(string fleetId, int min, int desired, int max) =>
        Client.UpdateFleetCapacityAsync(new UpdateFleetCapacityRequest { FleetId = fleetId, MinSize = min, DesiredInstances = desired, MaxSize = max });

    protected async Task<GameServerSession> CreateSessionAsync(string? fleetId = null, string? aliasId = null, string? idempotencyToken = null) =>
        (await Client.CreateGameServerSessionAsync(new CreateGameServerSessionRequest
        {
            FleetId = fleetId,
            AliasId = aliasId,
            MaximumPlayerSessionCount = 4,
            IdempotencyToken = idempotencyToken,
        })).GameServerSession!;

    protected async Task<GameServerSession> SessionAsync(string sessionId) =>
        (await Client.DescribeGameServerSessionsAsync(new DescribeGameServerSessionsRequest { GameServerSessionId = sessionId })).GameServerSessions!.Single();

    protected async Task<IReadOnlyList<GameServerSession>> SessionsAsync(string fleetId) =>
        (await Client.DescribeGameServerSessionsAsync(new DescribeGameServerSessionsRequest { FleetId = fleetId, Limit = 100 })).GameServerSessions!;

    /// <summary>Arms the admin surface's one-shot fault: the next fleet to reach ACTIVATING ends in ERROR.</summary>
    protected async Task ArmActivationFailureAsync(string reason)
    {
        using var admin = new HttpClient { BaseAddress = Server.Address };
        using var response = await admin.PostAsJsonAsync("_emulator/fleets/fail-next-activation", new { reason });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    /// <summary>Asserts that <paramref name="call"/> fails with <paramref name="code"/> and returns the exception.</summary>
    protected static async Task<GseException> FailsWithAsync(string code, Func<Task> call)
    {
        var ex = await Assert.ThrowsAsync<GseException>(call);
        Assert.Equal(code, ex.Code);
        return ex;
    }

    /// <summary>A wire timestamp (<c>2026-11-24T08:03:35Z</c>) for <paramref name="time"/>.</summary>
    protected static string Wire(DateTimeOffset time) => GseSimulation.Format(time);
}

/// <summary>The simulation's default timings and quotas, read from the options type itself.</summary>
internal static class Defaults
{
    private static readonly SimulationOptions Options = new();

    public static TimeSpan New => Options.NewDuration;

    public static TimeSpan Downloading => Options.DownloadingDuration;

    public static TimeSpan Validating => Options.ValidatingDuration;

    public static TimeSpan Building => Options.BuildingDuration;

    public static TimeSpan Activating => Options.ActivatingDuration;

    public static TimeSpan Deleting => Options.DeletingDuration;

    public static TimeSpan Boot => Options.InstanceBootTime;

    public static TimeSpan SessionActivation => Options.SessionActivationDelay;

    public static TimeSpan ScalingEvaluation => Options.ScalingEvaluationInterval;

    public static TimeSpan NoProtectionGrace => Options.NoProtectionGrace;

    public static TimeSpan PlayerConnect => Options.PlayerConnectDelay;

    public static TimeSpan UntilActive => New + Downloading + Validating + Building + Activating;
}
