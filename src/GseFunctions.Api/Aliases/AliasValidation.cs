using GseFunctions.Api.Json;
using GseFunctions.Gse.Models;
using GseFunctions.Rollouts.Starting;

namespace GseFunctions.Api.Aliases;

/// <summary>Checks alias bodies before GSE sees them.</summary>
internal static class AliasValidation
{
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
            case "SIMPLE":
                if (!ApiValidation.IsId(routing.FleetId))
                {
                    errors.Add("routingStrategy.fleetId", "A SIMPLE alias needs the fleet id it routes to.");
                }

                if (routing.Message is not null)
                {
                    errors.Add("routingStrategy.message", "Only a TERMINAL alias has a message.");
                }

                break;
            case "TERMINAL":
                if (string.IsNullOrWhiteSpace(routing.Message) || routing.Message.Length > 1024)
                {
                    errors.Add("routingStrategy.message", "A TERMINAL alias needs a message of 1-1024 characters.");
                }

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

        if (tags.Count > 50)
        {
            errors.Add("tags", "At most 50 tags.");
        }

        for (var i = 0; i < tags.Count; i++)
        {
            if (tags[i] is not { Key.Length: > 0 and <= 127, Value.Length: <= 255 })
            {
                errors.Add($"tags[{i}]", "A tag needs a key of 1-127 characters and a value of up to 255.");
            }
        }
    }
}
