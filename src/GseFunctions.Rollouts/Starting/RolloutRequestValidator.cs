using GseFunctions.Rollouts.Contracts;

namespace GseFunctions.Rollouts.Starting;

/// <summary>Checks a rollout request before anything is stored or started.</summary>
public static class RolloutRequestValidator
{
    /// <summary>The problems per field (camelCase JSON paths); empty when the request is valid.</summary>
    /// <param name="request">The request.</param>
    /// <returns>Field to messages.</returns>
    public static IReadOnlyDictionary<string, string[]> Validate(RolloutRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();

        if (string.IsNullOrWhiteSpace(request.AliasId))
        {
            errors.Add("aliasId", "The alias id is required.");
        }
        else if (request.AliasId.Length > 128 || request.AliasId.Any(char.IsControl))
        {
            errors.Add("aliasId", "The alias id must be at most 128 printable characters.");
        }

        if ((request.FleetId is null) == (request.NewFleet is null))
        {
            errors.Add("fleetId", "Give exactly one target: fleetId (an existing fleet) or newFleet (a fleet to create).");
        }
        else if (request.FleetId is not null && string.IsNullOrWhiteSpace(request.FleetId))
        {
            errors.Add("fleetId", "The fleet id must not be empty.");
        }

        if (request.NewFleet is { } spec)
        {
            if (string.IsNullOrWhiteSpace(spec.AssetId))
            {
                errors.Add("newFleet.assetId", "The new fleet's asset id is required.");
            }

            if (spec.Name is { Length: 0 or > 50 })
            {
                errors.Add("newFleet.name", "The fleet name must be 1 to 50 characters.");
            }

            if (spec.MinSize < 0 || spec.DesiredInstances < 0 || spec.MaxSize < 0)
            {
                errors.Add("newFleet", "Capacity values must not be negative.");
            }

            if (spec.MinSize is { } min && spec.MaxSize is { } max && min > max)
            {
                errors.Add("newFleet.minSize", "minSize must not exceed maxSize.");
            }
        }

        if (request.IdempotencyKey is { Length: 0 or > 100 })
        {
            errors.Add("idempotencyKey", "The idempotency key must be 1 to 100 characters.");
        }

        var o = request.Options ?? new RolloutOptions();
        if (o.MinAvailableSessions is < 0 or > 10_000)
        {
            errors.Add("options.minAvailableSessions", "Must be between 0 and 10000.");
        }

        Positive(o.ReadinessTimeout, "options.readinessTimeout");
        Positive(o.SmokeTestTimeout, "options.smokeTestTimeout");
        Positive(o.ApprovalTimeout, "options.approvalTimeout");
        Positive(o.DrainTimeout, "options.drainTimeout");
        if (o.PollInterval < TimeSpan.FromSeconds(1))
        {
            errors.Add("options.pollInterval", "Must be at least 1 second.");
        }

        if (o.MaxPollInterval < o.PollInterval)
        {
            errors.Add("options.maxPollInterval", "Must not be shorter than pollInterval.");
        }

        if (o.Retention < TimeSpan.Zero || o.Retention > TimeSpan.FromDays(30))
        {
            errors.Add("options.retention", "Must be between 0 and 30 days.");
        }

        if (!Enum.IsDefined(o.OnDrainTimeout))
        {
            errors.Add("options.onDrainTimeout", "Must be KeepWaiting, EndSessions or Fail.");
        }

        if (!Enum.IsDefined(o.Retire))
        {
            errors.Add("options.retire", "Must be Delete or ScaleToZero.");
        }

        return errors.ToDictionary();

        void Positive(TimeSpan value, string field)
        {
            if (value <= TimeSpan.Zero || value > TimeSpan.FromDays(30))
            {
                errors.Add(field, "Must be more than 0 and at most 30 days.");
            }
        }
    }
}
