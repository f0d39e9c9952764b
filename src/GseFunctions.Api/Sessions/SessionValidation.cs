using GseFunctions.Api.Json;
using GseFunctions.Gse.Models;
using GseFunctions.Rollouts.Starting;

namespace GseFunctions.Api.Sessions;

/// <summary>Checks session requests before GSE sees them, so a refused request costs no GSE call.</summary>
internal static class SessionValidation
{
    public const int MaximumPlayersLimit = 1000;
    public const int MaxGameProperties = 16;
    public const int MaxSessionDataLength = 4096;
    public const int MaxIdempotencyTokenLength = 48;
    public const int MaxPageSize = 100;

    /// <summary>Statuses <c>statusFilter</c> accepts (GSE's session statuses).</summary>
    public static readonly IReadOnlyList<string> Statuses = ["ACTIVE", "ACTIVATING", "TERMINATING", "TERMINATED", "ERROR"];

    public static void Target(FieldErrors errors, string? aliasId, string? fleetId)
    {
        switch (aliasId, fleetId)
        {
            case (null, null):
                errors.Add("aliasId", "Give exactly one of aliasId and fleetId.");
                errors.Add("fleetId", "Give exactly one of aliasId and fleetId.");
                return;
            case (not null, not null):
                errors.Add("aliasId", "Give exactly one of aliasId and fleetId, not both.");
                errors.Add("fleetId", "Give exactly one of aliasId and fleetId, not both.");
                return;
        }

        Id(errors, "aliasId", aliasId);
        Id(errors, "fleetId", fleetId);
    }

    public static void Create(FieldErrors errors, CreateSessionBody body)
    {
        Target(errors, body.AliasId, body.FleetId);
        if (body.MaximumPlayers is not { } players)
        {
            errors.Add("maximumPlayers", $"Required: a whole number from 1 to {MaximumPlayersLimit}.");
        }
        else if (players is < 1 or > MaximumPlayersLimit)
        {
            errors.Add("maximumPlayers", $"Must be a whole number from 1 to {MaximumPlayersLimit}.");
        }

        ApiValidation.Length(errors, "name", body.Name, 1, 1024);
        ApiValidation.Length(errors, "creatorId", body.CreatorId, 1, 1024);
        ApiValidation.Length(errors, "gameServerSessionData", body.GameServerSessionData, 1, MaxSessionDataLength);
        ApiValidation.Length(errors, "idempotencyToken", body.IdempotencyToken, 1, MaxIdempotencyTokenLength);
        Properties(errors, body.GameProperties);
    }

    private static void Properties(FieldErrors errors, IReadOnlyList<GameProperty>? properties)
    {
        if (properties is null)
        {
            return;
        }

        if (properties.Count > MaxGameProperties)
        {
            errors.Add("gameProperties", $"At most {MaxGameProperties} properties.");
        }

        for (var i = 0; i < properties.Count; i++)
        {
            if (properties[i] is not { Key.Length: > 0 and <= 32, Value.Length: <= 96 })
            {
                errors.Add($"gameProperties[{i}]", "A property needs a key of 1-32 characters and a value of up to 96.");
            }
        }
    }

    private static void Id(FieldErrors errors, string field, string? value)
    {
        if (value is not null && !ApiValidation.IsId(value))
        {
            errors.Add(field, "Must be 1-128 letters, digits, '-', '_' or '.'.");
        }
    }
}
