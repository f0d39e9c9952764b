using GseFunctions.Gse.Emulator.Simulation.Engine;
using GseFunctions.Gse.Emulator.Simulation.State;
using GseFunctions.Gse.Models;

namespace GseFunctions.Gse.Emulator.Simulation;

internal sealed partial class GseSimulation
{
    private static readonly string[] SessionStatuses = [GseSessionStatuses.Active, GseSessionStatuses.Activating, GseSessionStatuses.Terminated, GseSessionStatuses.Terminating, GseSessionStatuses.Error];

    /// <summary>
    /// Places a session on a free server process of the fleet (FleetId wins over AliasId). The alias is read and
    /// the session placed under one lock, so a concurrent repoint is seen entirely before or entirely after.
    /// No free process is ResourceInsufficient: GSE does not queue session requests.
    /// </summary>
    public CreateGameServerSessionResponse CreateGameServerSession(string region, CreateGameServerSessionRequest request) => Run(region, r =>
    {
        var fleetId = !string.IsNullOrEmpty(request.FleetId) ? request.FleetId
            : !string.IsNullOrEmpty(request.AliasId) ? RouteThrough(Alias(r, request.AliasId))
            : throw new GseFault(GseErrorCodes.MissingParameter, "Either `AliasId` or `FleetId` is required.");
        var fleet = Fleet(r, fleetId);
        if (!fleet.IsLive)
        {
            throw NotFound("fleet", fleetId);
        }

        if (!fleet.AcceptsSessions)
        {
            throw new GseFault(GseErrorCodes.ResourceUnavailable, $"The fleet `{fleet.Id}` is {fleet.Status}; sessions can only be created on an ACTIVE fleet.");
        }

        if (request.MaximumPlayerSessionCount is < 0 or > 200)
        {
            throw Invalid("MaximumPlayerSessionCount must be 0-200.");
        }

        // GSE documents the token as at most 48 ASCII characters (reference §5.2).
        if (request.IdempotencyToken is { Length: > 48 } || request.IdempotencyToken?.Any(c => c > '~' || char.IsControl(c)) == true)
        {
            throw Invalid("IdempotencyToken must be at most 48 printable ASCII characters.");
        }

        if (!string.IsNullOrEmpty(request.IdempotencyToken))
        {
            var existing = r.Sessions.Values.FirstOrDefault(s => s.Fleet == fleet && s.IdempotencyToken == request.IdempotencyToken);
            if (existing is not null)
            {
                return new CreateGameServerSessionResponse { GameServerSession = ToModel(r, existing) };
            }
        }

        if (fleet.CreationLimit is { } limit && !string.IsNullOrEmpty(request.CreatorId))
        {
            var since = r.Now - TimeSpan.FromMinutes(limit.PolicyPeriodInMinutes ?? 3);
            var recent = r.Sessions.Values.Count(s => s.Fleet == fleet && s.CreatorId == request.CreatorId && s.CreationTime > since);
            if (recent >= (limit.NewGameServerSessionsPerCreator ?? 2))
            {
                throw new GseFault(GseErrorCodes.LimitExceeded, $"Creator `{request.CreatorId}` reached the fleet's limit of {limit.NewGameServerSessionsPerCreator ?? 2} sessions per {limit.PolicyPeriodInMinutes ?? 3} minutes.");
            }
        }

        // Pack sessions onto the busiest instance with a free process, so idle instances can scale in.
        var instance = fleet.Instances
            .Where(i => i.IsActive && !i.Draining && i.Sessions.Count < fleet.ProcessesPerInstance)
            .OrderByDescending(i => i.Sessions.Count)
            .FirstOrDefault()
            ?? throw new GseFault(GseErrorCodes.ResourceInsufficient, $"No server process is available in fleet `{fleet.Id}`: every process hosts a session.");

        var suffix = string.IsNullOrEmpty(request.GameServerSessionId) ? _random.NewId("gssess", 8, 8) : request.GameServerSessionId;
        var id = $"qcs::gse:{r.Name}:uin/{_options.Uin}:gameserversession/{fleet.Id}/{suffix}";
        if (r.Sessions.ContainsKey(id))
        {
            throw Invalid($"A game server session with id `{suffix}` already exists in fleet `{fleet.Id}`.");
        }

        var usedPorts = instance.Sessions.Select(s => s.Port).ToHashSet();
        var basePort = fleet.InboundPermissions.Count > 0 ? fleet.InboundPermissions[0].FromPort ?? 6000 : 6000;
        var session = new SimSession
        {
            Id = id,
            Fleet = fleet,
            Instance = instance,
            Port = Enumerable.Range(basePort, fleet.ProcessesPerInstance + 1).First(p => !usedPorts.Contains(p)),
            CreationTime = r.Now,
            Name = request.Name,
            CreatorId = request.CreatorId,
            IdempotencyToken = request.IdempotencyToken,
            MaximumPlayerSessionCount = request.MaximumPlayerSessionCount ?? 0,
            GameProperties = request.GameProperties,
            GameServerSessionData = request.GameServerSessionData,
        };
        instance.Sessions.Add(session);
        r.Sessions.Add(id, session);
        _engine.Sessions.Start(r, session);
        return new CreateGameServerSessionResponse { GameServerSession = ToModel(r, session) };
    });

    public DescribeGameServerSessionsResponse DescribeGameServerSessions(string region, DescribeGameServerSessionsRequest request) => Run(region, r =>
    {
        var (page, next) = PageByToken(Select(r, request.AliasId, request.FleetId, request.GameServerSessionId, request.StatusFilter), request.NextToken, request.Limit);
        return new DescribeGameServerSessionsResponse { GameServerSessions = page.Select(s => ToModel(r, s)).ToList(), NextToken = next };
    });

    public DescribeGameServerSessionDetailsResponse DescribeGameServerSessionDetails(string region, DescribeGameServerSessionDetailsRequest request) => Run(region, r =>
    {
        var (page, next) = PageByToken(Select(r, request.AliasId, request.FleetId, request.GameServerSessionId, request.StatusFilter), request.NextToken, request.Limit);
        return new DescribeGameServerSessionDetailsResponse
        {
            GameServerSessionDetails = page.Select(s => new GameServerSessionDetail { GameServerSession = ToModel(r, s), ProtectionPolicy = ScaleInProtection.EffectivePolicy(s) }).ToList(),
            NextToken = next,
        };
    });

    public SearchGameServerSessionsResponse SearchGameServerSessions(string region, SearchGameServerSessionsRequest request) => Run(region, r =>
    {
        if (string.IsNullOrEmpty(request.AliasId) && string.IsNullOrEmpty(request.FleetId))
        {
            throw new GseFault(GseErrorCodes.MissingParameter, "Either `AliasId` or `FleetId` is required.");
        }

        var sessions = SessionSearch.Apply(Select(r, request.AliasId, request.FleetId, null, null), request.FilterExpression, request.SortExpression);
        var (page, next) = PageByToken(sessions, request.NextToken, request.Limit);
        return new SearchGameServerSessionsResponse { GameServerSessions = page.Select(s => ToModel(r, s)).ToList(), NextToken = next };
    });

    public UpdateGameServerSessionResponse UpdateGameServerSession(string region, UpdateGameServerSessionRequest request) => Run(region, r =>
    {
        var session = Session(r, request.GameServerSessionId);
        if (request.PlayerSessionCreationPolicy is not (null or GsePlayerSessionCreationPolicies.AcceptAll or GsePlayerSessionCreationPolicies.DenyAll))
        {
            throw Invalid("PlayerSessionCreationPolicy must be ACCEPT_ALL or DENY_ALL.");
        }

        if (request.MaximumPlayerSessionCount is < 0 or > 200)
        {
            throw Invalid("MaximumPlayerSessionCount must be 0-200.");
        }

        var policyBefore = ScaleInProtection.EffectivePolicy(session);
        session.ProtectionPolicy = request.ProtectionPolicy is null ? session.ProtectionPolicy : CheckProtection(request.ProtectionPolicy);
        _engine.ScaleIn.PolicyChanged(r, session, policyBefore);

        session.MaximumPlayerSessionCount = request.MaximumPlayerSessionCount ?? session.MaximumPlayerSessionCount;
        session.Name = request.Name ?? session.Name;
        session.PlayerSessionCreationPolicy = request.PlayerSessionCreationPolicy ?? session.PlayerSessionCreationPolicy;
        return new UpdateGameServerSessionResponse { GameServerSession = ToModel(r, session) };
    });

    public EndGameServerSessionAndProcessResponse EndGameServerSessionAndProcess(string region, EndGameServerSessionAndProcessRequest request) => Run(region, r =>
    {
        SimSession session;
        if (!string.IsNullOrEmpty(request.GameServerSessionId))
        {
            session = Session(r, request.GameServerSessionId);
        }
        else if (!string.IsNullOrEmpty(request.IpAddress) && request.Port is { } port)
        {
            session = r.Sessions.Values.FirstOrDefault(s => s.IsLive && s.Instance.IpAddress == request.IpAddress && s.Port == port)
                ?? throw NotFound("game server process", $"{request.IpAddress}:{port}");
        }
        else
        {
            throw new GseFault(GseErrorCodes.MissingParameter, "Give `GameServerSessionId`, or `IpAddress` and `Port`.");
        }

        // Reference §4.6: EndGameServerSessionAndProcess applies to NoProtection and TimeLimitProtection only.
        if (ScaleInProtection.EffectivePolicy(session) == GseProtectionPolicies.FullProtection)
        {
            throw new GseFault(GseErrorCodes.OperationDenied, "EndGameServerSessionAndProcess applies to NoProtection and TimeLimitProtection sessions; this one has FullProtection.");
        }

        _engine.Sessions.End(r, session, "Ended by EndGameServerSessionAndProcess.");
        return new EndGameServerSessionAndProcessResponse();
    });

    public JoinGameServerSessionResponse JoinGameServerSession(string region, JoinGameServerSessionRequest request) => Run(region, r =>
    {
        var session = Session(r, request.GameServerSessionId);
        if (session.Status != GseSessionStatuses.Active)
        {
            throw new GseFault(GseErrorCodes.ResourceUnavailable, $"The game server session is {session.Status}; players can join ACTIVE sessions only.");
        }

        if (session.PlayerSessionCreationPolicy == GsePlayerSessionCreationPolicies.DenyAll)
        {
            throw new GseFault(GseErrorCodes.OperationDenied, "The game server session accepts no new players (DENY_ALL).");
        }

        if (session.Players.Count(p => p.Status is GsePlayerSessionStatuses.Reserved or GsePlayerSessionStatuses.Active) >= session.MaximumPlayerSessionCount)
        {
            throw new GseFault(GseErrorCodes.LimitExceeded, $"The game server session is full ({session.MaximumPlayerSessionCount} players).");
        }

        if (session.Players.Any(p => p.PlayerId == request.PlayerId && p.Status is GsePlayerSessionStatuses.Reserved or GsePlayerSessionStatuses.Active))
        {
            throw Invalid($"Player `{request.PlayerId}` already has a player session here.");
        }

        var player = new PlayerSession
        {
            CreationTime = Format(r.Now),
            DnsName = string.Empty,
            FleetId = session.Fleet.Id,
            GameServerSessionId = session.Id,
            IpAddress = session.Instance.IpAddress,
            PlayerData = request.PlayerData,
            PlayerId = request.PlayerId,
            PlayerSessionId = _random.NewId("psess", 8, 8),
            Port = session.Port,
            Status = GsePlayerSessionStatuses.Reserved,
        };
        session.Players.Add(player);
        _engine.Sessions.PlayerJoined(r, session, player);
        return new JoinGameServerSessionResponse { PlayerSession = player };
    });

    public DescribePlayerSessionsResponse DescribePlayerSessions(string region, DescribePlayerSessionsRequest request) => Run(region, r =>
    {
        IEnumerable<PlayerSession> players;
        if (!string.IsNullOrEmpty(request.GameServerSessionId))
        {
            players = Session(r, request.GameServerSessionId).Players;
        }
        else if (!string.IsNullOrEmpty(request.PlayerId) || !string.IsNullOrEmpty(request.PlayerSessionId))
        {
            players = r.Sessions.Values.SelectMany(s => s.Players);
        }
        else
        {
            throw new GseFault(GseErrorCodes.MissingParameter, "Give `GameServerSessionId`, `PlayerId` or `PlayerSessionId`.");
        }

        if (!string.IsNullOrEmpty(request.PlayerId))
        {
            players = players.Where(p => p.PlayerId == request.PlayerId);
        }

        if (!string.IsNullOrEmpty(request.PlayerSessionId))
        {
            players = players.Where(p => p.PlayerSessionId == request.PlayerSessionId);
        }

        if (!string.IsNullOrEmpty(request.PlayerSessionStatusFilter))
        {
            players = players.Where(p => p.Status == request.PlayerSessionStatusFilter);
        }

        var (page, next) = PageByToken(players, request.NextToken, request.Limit);
        return new DescribePlayerSessionsResponse { PlayerSessions = page, NextToken = next };
    });

    private static IEnumerable<SimSession> Select(RegionState r, string? aliasId, string? fleetId, string? sessionId, string? status)
    {
        if (!string.IsNullOrEmpty(status) && !SessionStatuses.Contains(status))
        {
            throw Invalid($"StatusFilter must be one of {string.Join(", ", SessionStatuses)}.");
        }

        IEnumerable<SimSession> sessions;
        if (!string.IsNullOrEmpty(sessionId))
        {
            sessions = r.Sessions.TryGetValue(sessionId, out var one) ? [one] : [];
        }
        else if (!string.IsNullOrEmpty(fleetId) || !string.IsNullOrEmpty(aliasId))
        {
            var fleet = Fleet(r, !string.IsNullOrEmpty(fleetId) ? fleetId : RouteThrough(Alias(r, aliasId)));
            sessions = r.Sessions.Values.Where(s => s.Fleet == fleet);
        }
        else
        {
            throw new GseFault(GseErrorCodes.MissingParameter, "Give `AliasId`, `FleetId` or `GameServerSessionId`.");
        }

        return sessions
            .Where(s => string.IsNullOrEmpty(status) || s.Status == status)
            .OrderBy(s => s.CreationTime)
            .ThenBy(s => s.Id, StringComparer.Ordinal);
    }

    private static SimSession Session(RegionState r, string? id) =>
        id is not null && r.Sessions.TryGetValue(id, out var session) ? session : throw NotFound("game server session", id);

    private static GameServerSession ToModel(RegionState r, SimSession s) => new()
    {
        CreationTime = Format(s.CreationTime),
        CreatorId = s.CreatorId,
        CurrentPlayerSessionCount = s.Players.Count(p => p.Status is GsePlayerSessionStatuses.Reserved or GsePlayerSessionStatuses.Active),
        DnsName = string.Empty,
        FleetId = s.Fleet.Id,
        GameProperties = s.GameProperties,
        GameServerSessionData = s.GameServerSessionData,
        GameServerSessionId = s.Id,
        IpAddress = s.Instance.IpAddress,
        MaximumPlayerSessionCount = s.MaximumPlayerSessionCount,
        Name = s.Name,
        PlayerSessionCreationPolicy = s.PlayerSessionCreationPolicy,
        Port = s.Port,
        Status = s.Status,
        StatusReason = s.StatusReason,
        TerminationTime = Format(s.TerminationTime),
        InstanceType = s.Fleet.InstanceType,
        Weight = 5,
        AvailabilityStatus = "Enable",
    };
}
