using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using GseFunctions.Cli.Http;

namespace GseFunctions.Cli.Commands;

/// <summary>
/// The rollout request as options (README, "Rollouts": <c>RolloutRequest</c> and its options table), turned into the
/// JSON body. Only what is given is sent, so the API's defaults apply; values are passed as written (durations as
/// <c>hh:mm:ss</c>, enums by name), so the API's own validation answers bad ones with its field errors.
/// </summary>
internal sealed class RolloutRequestOptions
{
    public Option<string> Alias { get; } = new("--alias") { Description = "The alias to move (aliasId)", Required = true };
    public Option<string?> Fleet { get; } = new("--fleet") { Description = "Target: an existing fleet (fleetId)" };
    public Option<string?> Asset { get; } = new("--asset") { Description = "Target: a new fleet copied from the alias's fleet with this asset (newFleet.assetId)" };
    public Option<string?> FleetName { get; } = new("--fleet-name") { Description = "newFleet.name" };
    public Option<string?> FleetDescription { get; } = new("--fleet-description") { Description = "newFleet.description" };
    public Option<string?> InstanceType { get; } = new("--instance-type") { Description = "newFleet.instanceType" };
    public Option<string?> ProtectionPolicy { get; } = new("--protection-policy") { Description = "newFleet.newGameServerSessionProtectionPolicy (NoProtection, TimeLimitProtection, FullProtection)" };
    public Option<string?> RuntimeConfiguration { get; } = new("--runtime-configuration") { Description = "newFleet.runtimeConfiguration as JSON" };
    public Option<int?> MinSize { get; } = new("--min-size") { Description = "newFleet.minSize" };
    public Option<int?> DesiredInstances { get; } = new("--desired-instances") { Description = "newFleet.desiredInstances" };
    public Option<int?> MaxSize { get; } = new("--max-size") { Description = "newFleet.maxSize" };

    public Option<int?> MinAvailableSessions { get; } = new("--min-available-sessions") { Description = "Free processes the new fleet needs before the switch (default 1)" };
    public Option<string?> ReadinessTimeout { get; } = new("--readiness-timeout") { Description = "Default 00:30:00" };
    public Option<bool> SmokeTest { get; } = new("--smoke-test") { Description = "Probe session gate (default off)" };
    public Option<string?> SmokeTestTimeout { get; } = new("--smoke-test-timeout") { Description = "Default 00:05:00" };
    public Option<bool> RequireApproval { get; } = new("--require-approval") { Description = "Manual gate: wait for gsef rollout approve (default off)" };
    public Option<string?> ApprovalTimeout { get; } = new("--approval-timeout") { Description = "Default 1.00:00:00" };
    public Option<string?> PollInterval { get; } = new("--poll-interval") { Description = "Default 00:00:10" };
    public Option<string?> MaxPollInterval { get; } = new("--max-poll-interval") { Description = "Default 00:02:00" };
    public Option<string?> DrainTimeout { get; } = new("--drain-timeout") { Description = "Default 04:00:00" };
    public Option<string?> OnDrainTimeout { get; } = new("--on-drain-timeout") { Description = "KeepWaiting (default), EndSessions or Fail" };
    public Option<string?> Retention { get; } = new("--retention") { Description = "Keep the drained old fleet this long (default 0)" };
    public Option<string?> Retire { get; } = new("--retire") { Description = "Delete (default), ScaleToZero or Keep" };
    public Option<int?> TargetMinSize { get; } = new("--target-min-size") { Description = "options.targetCapacity.minSize (with --fleet)" };
    public Option<int?> TargetDesiredInstances { get; } = new("--target-desired-instances") { Description = "options.targetCapacity.desiredInstances (with --fleet)" };
    public Option<int?> TargetMaxSize { get; } = new("--target-max-size") { Description = "options.targetCapacity.maxSize (with --fleet)" };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Option[] all =
        [
            Alias, Fleet, Asset, FleetName, FleetDescription, InstanceType, ProtectionPolicy, RuntimeConfiguration, MinSize, DesiredInstances, MaxSize,
            MinAvailableSessions, ReadinessTimeout, SmokeTest, SmokeTestTimeout, RequireApproval, ApprovalTimeout, PollInterval, MaxPollInterval,
            DrainTimeout, OnDrainTimeout, Retention, Retire, TargetMinSize, TargetDesiredInstances, TargetMaxSize,
        ];
        foreach (var option in all)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The request body (<c>RolloutRequest</c>, without the idempotency key).</summary>
    /// <exception cref="CliFailure"><c>--runtime-configuration</c> is not JSON (exit 2).</exception>
    public JsonObject Build(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var body = new JsonObject { ["aliasId"] = parse.GetValue(Alias) };
        Put(body, "fleetId", parse.GetValue(Fleet));

        var newFleet = new JsonObject();
        Put(newFleet, "assetId", parse.GetValue(Asset));
        Put(newFleet, "name", parse.GetValue(FleetName));
        Put(newFleet, "description", parse.GetValue(FleetDescription));
        Put(newFleet, "instanceType", parse.GetValue(InstanceType));
        Put(newFleet, "newGameServerSessionProtectionPolicy", parse.GetValue(ProtectionPolicy));
        if (parse.GetValue(RuntimeConfiguration) is { } runtime)
        {
            try
            {
                newFleet["runtimeConfiguration"] = JsonNode.Parse(runtime);
            }
            catch (JsonException)
            {
                throw new CliFailure(ExitCodes.BadInput, "--runtime-configuration is not JSON.");
            }
        }

        Put(newFleet, "minSize", parse.GetValue(MinSize));
        Put(newFleet, "desiredInstances", parse.GetValue(DesiredInstances));
        Put(newFleet, "maxSize", parse.GetValue(MaxSize));
        if (newFleet.Count > 0)
        {
            body["newFleet"] = newFleet;
        }

        var options = new JsonObject();
        Put(options, "minAvailableSessions", parse.GetValue(MinAvailableSessions));
        Put(options, "readinessTimeout", parse.GetValue(ReadinessTimeout));
        if (parse.GetValue(SmokeTest))
        {
            options["smokeTest"] = true;
        }

        Put(options, "smokeTestTimeout", parse.GetValue(SmokeTestTimeout));
        if (parse.GetValue(RequireApproval))
        {
            options["requireApproval"] = true;
        }

        Put(options, "approvalTimeout", parse.GetValue(ApprovalTimeout));
        Put(options, "pollInterval", parse.GetValue(PollInterval));
        Put(options, "maxPollInterval", parse.GetValue(MaxPollInterval));
        Put(options, "drainTimeout", parse.GetValue(DrainTimeout));
        Put(options, "onDrainTimeout", parse.GetValue(OnDrainTimeout));
        Put(options, "retention", parse.GetValue(Retention));
        Put(options, "retire", parse.GetValue(Retire));
        var capacity = new JsonObject();
        Put(capacity, "minSize", parse.GetValue(TargetMinSize));
        Put(capacity, "desiredInstances", parse.GetValue(TargetDesiredInstances));
        Put(capacity, "maxSize", parse.GetValue(TargetMaxSize));
        if (capacity.Count > 0)
        {
            options["targetCapacity"] = capacity;
        }

        if (options.Count > 0)
        {
            body["options"] = options;
        }

        return body;
    }

    private static void Put(JsonObject target, string name, string? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }

    private static void Put(JsonObject target, string name, int? value)
    {
        if (value is { } v)
        {
            target[name] = v;
        }
    }
}
