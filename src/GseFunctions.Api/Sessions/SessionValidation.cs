using GseFunctions.Api.Json;
using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using GseFunctions.Rollouts.Starting;

namespace GseFunctions.Api.Sessions;

/// <summary>
/// Checks session requests before GSE sees them, so a refused request costs no GSE call. Ids follow
/// <see cref="GseInput.IsId"/>; texts GSE's bounds and <see cref="GseInput.NameProblem"/> (the name printable ASCII).
/// </summary>
internal static class SessionValidation
{
    public const int MaximumPlayersLimit = 1000;
    public const int MaxTextLength = 1024;
    public const int MaxGameProperties = 16;
    public const int MaxPropertyKeyLength = 32;
    public const int MaxPropertyValueLength = 96;
    public const int MaxSessionDataLength = 4096;
    public const int MaxIdempotencyTokenLength = 48;
    public const int MaxPageSize = 100;

    /// <summary>Statuses <c>statusFilter</c> accepts (GSE's session statuses).</summary>
    public static readonly IReadOnlyList<string> Statuses =
    [
        GseSessionStatuses.Active, GseSessionStatuses.Activating, GseSessionStatuses.Terminating, GseSessionStatuses.Terminated, GseSessionStatuses.Error,
    ];

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

        // GSE documents the session name as ASCII; the creator id it only bounds.
        ApiValidation.Name(errors, "name", body.Name, MaxTextLength, asciiOnly: true);
        ApiValidation.Name(errors, "creatorId", body.CreatorId, MaxTextLength);
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
            ApiValidation.KeyValue(errors, $"gameProperties[{i}]", "property", properties[i]?.Key, properties[i]?.Value, MaxPropertyKeyLength, MaxPropertyValueLength);
        }
    }

    private static void Id(FieldErrors errors, string field, string? value)
    {
        if (value is not null && !ApiValidation.IsId(value))
        {
            errors.Add(field, GseInput.IdRule);
        }
    }
}
