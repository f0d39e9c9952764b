using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using GseFunctions.Rollouts.Contracts;

namespace GseFunctions.Rollouts.Starting;

/// <summary>Checks a rollout request before anything is stored or started.</summary>
public static class RolloutRequestValidator
{
    /// <summary>
    /// The longest any duration option may be. The orchestration adds durations to its clock, so an unbounded one would
    /// throw mid-rollout (<c>DateTime</c> overflow); a month is longer than any release step needs to wait.
    /// </summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(30);

    /// <summary>The shortest poll interval (each poll is a few GSE reads and a durable timer).</summary>
    public static readonly TimeSpan MinPollInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The most instances any capacity setting may ask for: GSE's default quota is 20 instances per account and region
    /// (reference §5.3); the bound leaves room for raised quotas while catching typos.
    /// </summary>
    public const int MaxInstances = 1000;

    /// <summary>GSE's bound for a fleet name (CopyFleet/CreateFleet <c>Name</c>: 1–50 characters).</summary>
    public const int MaxFleetNameLength = 50;

    /// <summary>GSE's bound for a fleet description (0–100 characters).</summary>
    public const int MaxFleetDescriptionLength = 100;

    /// <summary>Longest idempotency key.</summary>
    public const int MaxIdempotencyKeyLength = 100;

    private static readonly string[] ProtectionPolicies = [GseProtectionPolicies.NoProtection, GseProtectionPolicies.TimeLimitProtection, GseProtectionPolicies.FullProtection];

    /// <summary>The problems per field (camelCase JSON paths); empty when the request is valid.</summary>
    /// <param name="request">The request.</param>
    /// <returns>Field to messages.</returns>
    public static IReadOnlyDictionary<string, string[]> Validate(RolloutRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();

        if (string.IsNullOrEmpty(request.AliasId))
        {
            errors.Add("aliasId", "The alias id is required.");
        }
        else
        {
            Id(errors, "aliasId", request.AliasId);
        }

        if ((request.FleetId is null) == (request.NewFleet is null))
        {
            errors.Add("fleetId", "Give exactly one target: fleetId (an existing fleet) or newFleet (a fleet to create).");
        }
        else if (request.FleetId is not null)
        {
            Id(errors, "fleetId", request.FleetId);
        }

        if (request.NewFleet is { } spec)
        {
            NewFleet(errors, spec);
        }

        if (request.IdempotencyKey is { } key)
        {
            Name(errors, "idempotencyKey", key, MaxIdempotencyKeyLength);
        }

        Options(errors, request.Options ?? new RolloutOptions(), request.NewFleet is not null);
        return errors.ToDictionary();
    }

    private static void NewFleet(FieldErrors errors, NewFleetSpec spec)
    {
        if (string.IsNullOrEmpty(spec.AssetId))
        {
            errors.Add("newFleet.assetId", "The new fleet's asset id is required.");
        }
        else
        {
            Id(errors, "newFleet.assetId", spec.AssetId);
        }

        if (spec.Name is not null)
        {
            Name(errors, "newFleet.name", spec.Name, MaxFleetNameLength);
        }

        if (spec.Description is { Length: > 0 })
        {
            Name(errors, "newFleet.description", spec.Description, MaxFleetDescriptionLength);
        }

        if (spec.InstanceType is not null)
        {
            Id(errors, "newFleet.instanceType", spec.InstanceType);
        }

        if (spec.NewGameServerSessionProtectionPolicy is { } policy && !ProtectionPolicies.Contains(policy, StringComparer.Ordinal))
        {
            errors.Add("newFleet.newGameServerSessionProtectionPolicy", "Must be NoProtection, TimeLimitProtection or FullProtection.");
        }

        if (spec.MinSize is < 0 or > MaxInstances || spec.DesiredInstances is < 0 or > MaxInstances || spec.MaxSize is < 0 or > MaxInstances)
        {
            errors.Add("newFleet", $"Capacity values must be between 0 and {MaxInstances}.");
        }
        else if ((spec.MinSize, spec.DesiredInstances, spec.MaxSize) is var (min, desired, max)
            && ((min is { } a && max is { } b && a > b) || (min is { } c && desired is { } d && c > d) || (desired is { } e && max is { } f && e > f)))
        {
            errors.Add("newFleet.minSize", "Capacity must satisfy minSize <= desiredInstances <= maxSize.");
        }
    }

    private static void Options(FieldErrors errors, RolloutOptions o, bool newFleet)
    {
        if (o.MinAvailableSessions is < 0 or > 10_000)
        {
            errors.Add("options.minAvailableSessions", "Must be between 0 and 10000.");
        }

        Duration(errors, o.ReadinessTimeout, "options.readinessTimeout");
        Duration(errors, o.SmokeTestTimeout, "options.smokeTestTimeout");
        Duration(errors, o.ApprovalTimeout, "options.approvalTimeout");
        Duration(errors, o.DrainTimeout, "options.drainTimeout");

        // A poll serves the readiness wait, the drain and (when on) the smoke test: an interval longer than the timeout it
        // serves would sleep past the deadline it is meant to check.
        var served = new[] { o.ReadinessTimeout, o.DrainTimeout }.Concat(o.SmokeTest ? [o.SmokeTestTimeout] : []).Min();
        var cap = served > TimeSpan.Zero && served < MaxDuration ? served : MaxDuration;
        if (o.PollInterval < MinPollInterval || o.PollInterval > cap)
        {
            errors.Add("options.pollInterval", $"Must be at least 1 second and at most the shortest timeout it serves ({Format(cap)}: readinessTimeout, drainTimeout{(o.SmokeTest ? ", smokeTestTimeout" : "")}).");
        }

        else if (o.MaxPollInterval < o.PollInterval || o.MaxPollInterval > cap)
        {
            errors.Add("options.maxPollInterval", $"Must be at least pollInterval and at most the shortest timeout it serves ({Format(cap)}).");
        }

        if (o.Retention < TimeSpan.Zero || o.Retention > MaxDuration)
        {
            errors.Add("options.retention", "Must be between 0 and 30 days.");
        }

        if (!Enum.IsDefined(o.OnDrainTimeout))
        {
            errors.Add("options.onDrainTimeout", "Must be KeepWaiting, EndSessions or Fail.");
        }

        if (!Enum.IsDefined(o.Retire))
        {
            errors.Add("options.retire", "Must be Delete, ScaleToZero or Keep.");
        }

        if (o.TargetCapacity is { } target)
        {
            if (newFleet)
            {
                errors.Add("options.targetCapacity", "Only for an existing target fleet (fleetId); a new fleet takes newFleet.minSize, desiredInstances and maxSize.");
            }
            else if (target.MinSize < 0 || target.DesiredInstances < 0 || target.MaxSize is < 1 or > MaxInstances
                || target.MinSize > target.DesiredInstances || target.DesiredInstances > target.MaxSize)
            {
                errors.Add("options.targetCapacity", $"Must satisfy 0 <= minSize <= desiredInstances <= maxSize, with maxSize from 1 to {MaxInstances}.");
            }
        }
    }

    private static void Duration(FieldErrors errors, TimeSpan value, string field)
    {
        if (value <= TimeSpan.Zero || value > MaxDuration)
        {
            errors.Add(field, "Must be more than 0 and at most 30 days.");
        }
    }

    private static void Id(FieldErrors errors, string field, string value)
    {
        if (!GseInput.IsId(value))
        {
            errors.Add(field, GseInput.IdRule);
        }
    }

    private static void Name(FieldErrors errors, string field, string value, int maxLength)
    {
        if (GseInput.NameProblem(value, maxLength) is { } problem)
        {
            errors.Add(field, problem);
        }
    }

    private static string Format(TimeSpan value) => value.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
}
