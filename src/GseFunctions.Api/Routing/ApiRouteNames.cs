namespace GseFunctions.Api.Routing;

/// <summary>The function names, as constants for <c>[Function(...)]</c> attributes.</summary>
public static class ApiRouteNames
{
#pragma warning disable CS1591 // the names say it
    public const string Health = "Health";
    public const string HealthLive = "HealthLive";
    public const string HealthReady = "HealthReady";
    public const string CreateAlias = "CreateAlias";
    public const string ListAliases = "ListAliases";
    public const string GetAlias = "GetAlias";
    public const string UpdateAlias = "UpdateAlias";
    public const string DeleteAlias = "DeleteAlias";
    public const string ListFleets = "ListFleets";
    public const string GetFleet = "GetFleet";
    public const string CreateSession = "CreateSession";
    public const string ListSessions = "ListSessions";
    public const string StartRollout = "StartRollout";
    public const string ListRollouts = "ListRollouts";
    public const string GetRollout = "GetRollout";
    public const string GetRolloutTimeline = "GetRolloutTimeline";
    public const string ApproveRollout = "ApproveRollout";
    public const string AbortRollout = "AbortRollout";
    public const string RollbackRollout = "RollbackRollout";
    public const string CreateSchedule = "CreateSchedule";
    public const string ListSchedules = "ListSchedules";
    public const string GetSchedule = "GetSchedule";
    public const string DeleteSchedule = "DeleteSchedule";
    public const string Dashboard = "Dashboard";
#pragma warning restore CS1591
}
