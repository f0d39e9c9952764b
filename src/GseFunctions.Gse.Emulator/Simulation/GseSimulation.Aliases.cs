using GseFunctions.Gse.Emulator.Simulation.State;
using GseFunctions.Gse.Models;

namespace GseFunctions.Gse.Emulator.Simulation;

internal sealed partial class GseSimulation
{
    public CreateAliasResponse CreateAlias(string region, CreateAliasRequest request) => Run(region, r =>
    {
        var routing = CheckRouting(r, request.RoutingStrategy!);
        if (r.Aliases.Count >= _options.AliasQuota)
        {
            throw new GseFault(GseErrorCodes.LimitExceeded, $"The region already has {_options.AliasQuota} aliases, its quota.");
        }

        var alias = new SimAlias
        {
            Id = _random.NewId("alias", 8, 8),
            Name = request.Name!,
            Description = request.Description,
            Routing = routing,
            CreationTime = r.Now,
            LastUpdatedTime = r.Now,
            Tags = request.Tags,
        };
        r.Aliases.Add(alias.Id, alias);
        return new CreateAliasResponse { Alias = ToModel(r, alias) };
    });

    public UpdateAliasResponse UpdateAlias(string region, UpdateAliasRequest request) => Run(region, r =>
    {
        var alias = Alias(r, request.AliasId);
        var routing = request.RoutingStrategy is null ? alias.Routing : CheckRouting(r, request.RoutingStrategy);
        alias.Name = request.Name ?? alias.Name;
        alias.Description = request.Description ?? alias.Description;
        alias.Routing = routing;
        alias.LastUpdatedTime = r.Now;
        return new UpdateAliasResponse { Alias = ToModel(r, alias) };
    });

    public DescribeAliasResponse DescribeAlias(string region, DescribeAliasRequest request) => Run(region, r =>
        new DescribeAliasResponse { Alias = ToModel(r, Alias(r, request.AliasId)) });

    public ListAliasesResponse ListAliases(string region, ListAliasesRequest request) => Run(region, r =>
    {
        IEnumerable<SimAlias> aliases = r.Aliases.Values;
        if (!string.IsNullOrEmpty(request.Name))
        {
            aliases = aliases.Where(a => a.Name.Contains(request.Name, StringComparison.Ordinal));
        }

        if (!string.IsNullOrEmpty(request.RoutingStrategyType))
        {
            aliases = aliases.Where(a => a.Routing.Type == request.RoutingStrategyType);
        }

        foreach (var filter in request.Filters ?? [])
        {
            var values = filter.Values ?? [];
            aliases = filter.Key switch
            {
                "resource:name" => aliases.Where(a => values.Contains(a.Name)),
                "resource:resourceId" => aliases.Where(a => values.Contains(a.Id)),
                "tag:key" => aliases.Where(a => a.Tags?.Any(t => values.Contains(t.Key)) == true),
                "tag:key-value" => aliases.Where(a => a.Tags?.Any(t => values.Contains($"{t.Key}:{t.Value}")) == true),
                _ => throw Invalid($"Filters key `{filter.Key}` is not supported (resource:name, resource:resourceId, tag:key, tag:key-value)."),
            };
        }

        aliases = (request.OrderBy, request.OrderWay) switch
        {
            (null or "" or "CreationTime", null or "" or "desc") => aliases.OrderByDescending(a => a.CreationTime).ThenBy(a => a.Id, StringComparer.Ordinal),
            (null or "" or "CreationTime", "asc") => aliases.OrderBy(a => a.CreationTime).ThenBy(a => a.Id, StringComparer.Ordinal),
            ("Name", null or "" or "asc") => aliases.OrderBy(a => a.Name, StringComparer.Ordinal),
            ("Name", "desc") => aliases.OrderByDescending(a => a.Name, StringComparer.Ordinal),
            _ => throw Invalid("OrderBy must be CreationTime or Name and OrderWay asc or desc."),
        };
        var (page, total) = Page(aliases, request.Offset, request.Limit);
        return new ListAliasesResponse { Aliases = page.Select(a => ToModel(r, a)).ToList(), TotalCount = total };
    });

    public DeleteAliasResponse DeleteAlias(string region, DeleteAliasRequest request) => Run(region, r =>
    {
        r.Aliases.Remove(Alias(r, request.AliasId).Id);
        return new DeleteAliasResponse();
    });

    public ResolveAliasResponse ResolveAlias(string region, ResolveAliasRequest request) => Run(region, r =>
        new ResolveAliasResponse { FleetId = RouteThrough(Alias(r, request.AliasId)) });

    /// <summary>The fleet a SIMPLE alias points at; a TERMINAL alias answers FailedOperation with its message.</summary>
    private static string RouteThrough(SimAlias alias) =>
        alias.Routing.Type == GseRoutingTypes.Terminal
            ? throw new GseFault(GseErrorCodes.FailedOperation, alias.Routing.Message ?? "This alias is terminal.")
            : alias.Routing.FleetId!;

    private static RoutingStrategy CheckRouting(RegionState r, RoutingStrategy routing)
    {
        switch (routing.Type)
        {
            case GseRoutingTypes.Simple:
                if (string.IsNullOrEmpty(routing.FleetId))
                {
                    throw new GseFault(GseErrorCodes.MissingParameter, "A SIMPLE RoutingStrategy needs `RoutingStrategy.FleetId`.");
                }

                if (!r.Fleets.TryGetValue(routing.FleetId, out var fleet) || !fleet.IsLive)
                {
                    throw NotFound("fleet", routing.FleetId);
                }

                return new RoutingStrategy { Type = GseRoutingTypes.Simple, FleetId = routing.FleetId };
            case GseRoutingTypes.Terminal:
                if (string.IsNullOrEmpty(routing.Message) || routing.Message.Length > 1024)
                {
                    throw Invalid("A TERMINAL RoutingStrategy needs `RoutingStrategy.Message`, 1-1024 characters.");
                }

                // The service echoes a FleetId sent with a TERMINAL alias (official example); it routes nowhere.
                return new RoutingStrategy { Type = GseRoutingTypes.Terminal, Message = routing.Message, FleetId = routing.FleetId };
            case null or "":
                throw new GseFault(GseErrorCodes.MissingParameter, "The parameter `RoutingStrategy.Type` is required.");
            default:
                throw Invalid($"RoutingStrategy.Type must be SIMPLE or TERMINAL, not `{routing.Type}`.");
        }
    }

    private static SimAlias Alias(RegionState r, string? id) =>
        id is not null && r.Aliases.TryGetValue(id, out var alias) ? alias : throw NotFound("alias", id);

    private Alias ToModel(RegionState r, SimAlias a) => new()
    {
        AliasId = a.Id,
        AliasArn = Arn(r, "alias", a.Id),
        Name = a.Name,
        Description = a.Description,
        RoutingStrategy = a.Routing,
        CreationTime = Format(a.CreationTime),
        LastUpdatedTime = Format(a.LastUpdatedTime),
        Tags = a.Tags,
    };
}
