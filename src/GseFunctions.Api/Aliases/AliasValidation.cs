using GseFunctions.Api.Json;
using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using GseFunctions.Rollouts.Starting;

namespace GseFunctions.Api.Aliases;

/// <summary>
/// Checks alias bodies before GSE sees them. Texts follow GSE's bounds (alias name, description and TERMINAL message
/// 1–1024; tag key 1–127, value up to 255) and <see cref="GseInput.NameProblem"/>: no control characters, unpaired
/// surrogates or leading/trailing white space.
/// </summary>
internal static class AliasValidation
{
    public const int MaxTextLength = 1024;
    public const int MaxTags = 50;
    public const int MaxTagKeyLength = 127;
    public const int MaxTagValueLength = 255;

    /// <summary>The name and description of a create (<paramref name="nameRequired"/>) or an update.</summary>
    public static void Texts(FieldErrors errors, string? name, string? description, bool nameRequired)
    {
        if (name is null && nameRequired)
        {
            errors.Add("name", $"Required, 1-{MaxTextLength} characters.");
        }

        ApiValidation.Name(errors, "name", name, MaxTextLength);
        ApiValidation.Name(errors, "description", description, MaxTextLength);
    }

    public static void Routing(FieldErrors errors, RoutingStrategy? routing, bool required)
    {
        if (routing is null)
        {
            if (required)
            {
                errors.Add("routingStrategy", "Required: {\"type\":\"SIMPLE\",\"fleetId\":...} or {\"type\":\"TERMINAL\",\"message\":...}.");
            }

            return;
        }

        switch (routing.Type)
        {
            case GseRoutingTypes.Simple:
                if (!ApiValidation.IsId(routing.FleetId))
                {
                    errors.Add("routingStrategy.fleetId", $"A SIMPLE alias needs the fleet id it routes to. {GseInput.IdRule}");
                }

                if (routing.Message is not null)
                {
                    errors.Add("routingStrategy.message", "Only a TERMINAL alias has a message.");
                }

                break;
            case GseRoutingTypes.Terminal:
                if (routing.Message is null)
                {
                    errors.Add("routingStrategy.message", $"A TERMINAL alias needs a message of 1-{MaxTextLength} characters.");
                }

                ApiValidation.Name(errors, "routingStrategy.message", routing.Message, MaxTextLength);
                if (routing.FleetId is not null)
                {
                    errors.Add("routingStrategy.fleetId", "A TERMINAL alias routes to no fleet.");
                }

                break;
            default:
                errors.Add("routingStrategy.type", "Must be SIMPLE or TERMINAL.");
                break;
        }
    }

    public static void Tags(FieldErrors errors, IReadOnlyList<Tag>? tags)
    {
        if (tags is null)
        {
            return;
        }

        if (tags.Count > MaxTags)
        {
            errors.Add("tags", $"At most {MaxTags} tags.");
        }

        for (var i = 0; i < tags.Count; i++)
        {
            ApiValidation.KeyValue(errors, $"tags[{i}]", "tag", tags[i]?.Key, tags[i]?.Value, MaxTagKeyLength, MaxTagValueLength);
        }
    }
}
