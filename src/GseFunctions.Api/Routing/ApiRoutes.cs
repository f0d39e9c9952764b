namespace GseFunctions.Api.Routing;

/// <summary>
/// The route table: every HTTP function both hosts serve. The self-host maps exactly these, and tests check the
/// Functions app's generated <c>functions.metadata</c> against them, so the two hosts cannot drift apart.
/// </summary>
public static class ApiRoutes
{
#pragma warning disable CS1591 // each entry is its name
    public static readonly ApiRoute Health = new(ApiRouteNames.Health, "GET", "health", ApiAuthLevel.Anonymous);
    public static readonly ApiRoute HealthLive = new(ApiRouteNames.HealthLive, "GET", "health/live", ApiAuthLevel.Anonymous);
    public static readonly ApiRoute HealthReady = new(ApiRouteNames.HealthReady, "GET", "health/ready", ApiAuthLevel.Anonymous);

    public static readonly ApiRoute CreateAlias = new(ApiRouteNames.CreateAlias, "POST", "aliases", ApiAuthLevel.Admin);
    public static readonly ApiRoute ListAliases = new(ApiRouteNames.ListAliases, "GET", "aliases", ApiAuthLevel.Admin);
    public static readonly ApiRoute GetAlias = new(ApiRouteNames.GetAlias, "GET", "aliases/{aliasId}", ApiAuthLevel.Admin);
    public static readonly ApiRoute UpdateAlias = new(ApiRouteNames.UpdateAlias, "PATCH", "aliases/{aliasId}", ApiAuthLevel.Admin);
    public static readonly ApiRoute DeleteAlias = new(ApiRouteNames.DeleteAlias, "DELETE", "aliases/{aliasId}", ApiAuthLevel.Admin);

    public static readonly ApiRoute ListFleets = new(ApiRouteNames.ListFleets, "GET", "fleets", ApiAuthLevel.Admin);
    public static readonly ApiRoute GetFleet = new(ApiRouteNames.GetFleet, "GET", "fleets/{fleetId}", ApiAuthLevel.Admin);

    public static readonly ApiRoute CreateSession = new(ApiRouteNames.CreateSession, "POST", "sessions", ApiAuthLevel.Function);
    public static readonly ApiRoute ListSessions = new(ApiRouteNames.ListSessions, "GET", "sessions", ApiAuthLevel.Function);

    public static readonly ApiRoute StartRollout = new(ApiRouteNames.StartRollout, "POST", "rollouts", ApiAuthLevel.Admin);
    public static readonly ApiRoute ListRollouts = new(ApiRouteNames.ListRollouts, "GET", "rollouts", ApiAuthLevel.Admin);
    public static readonly ApiRoute GetRollout = new(ApiRouteNames.GetRollout, "GET", "rollouts/{rolloutId}", ApiAuthLevel.Admin);
    public static readonly ApiRoute GetRolloutTimeline = new(ApiRouteNames.GetRolloutTimeline, "GET", "rollouts/{rolloutId}/timeline", ApiAuthLevel.Admin);
    public static readonly ApiRoute ApproveRollout = new(ApiRouteNames.ApproveRollout, "POST", "rollouts/{rolloutId}/approve", ApiAuthLevel.Admin);
    public static readonly ApiRoute AbortRollout = new(ApiRouteNames.AbortRollout, "POST", "rollouts/{rolloutId}/abort", ApiAuthLevel.Admin);
    public static readonly ApiRoute RollbackRollout = new(ApiRouteNames.RollbackRollout, "POST", "rollouts/{rolloutId}/rollback", ApiAuthLevel.Admin);

    public static readonly ApiRoute CreateSchedule = new(ApiRouteNames.CreateSchedule, "POST", "schedules", ApiAuthLevel.Admin);
    public static readonly ApiRoute ListSchedules = new(ApiRouteNames.ListSchedules, "GET", "schedules", ApiAuthLevel.Admin);
    public static readonly ApiRoute GetSchedule = new(ApiRouteNames.GetSchedule, "GET", "schedules/{scheduleId}", ApiAuthLevel.Admin);
    public static readonly ApiRoute DeleteSchedule = new(ApiRouteNames.DeleteSchedule, "DELETE", "schedules/{scheduleId}", ApiAuthLevel.Admin);

    public static readonly ApiRoute Dashboard = new(ApiRouteNames.Dashboard, "GET", "dashboard/{*path}", ApiAuthLevel.Anonymous);
#pragma warning restore CS1591

    /// <summary>Every route, in the order of the API documentation.</summary>
    public static IReadOnlyList<ApiRoute> All { get; } =
    [
        Health, HealthLive, HealthReady,
        CreateAlias, ListAliases, GetAlias, UpdateAlias, DeleteAlias,
        ListFleets, GetFleet,
        CreateSession, ListSessions,
        StartRollout, ListRollouts, GetRollout, GetRolloutTimeline, ApproveRollout, AbortRollout, RollbackRollout,
        CreateSchedule, ListSchedules, GetSchedule, DeleteSchedule,
        Dashboard,
    ];
}
