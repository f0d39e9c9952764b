namespace GseFunctions.SelfHost.OpenApi;

/// <summary>The OpenAPI tags: one per resource.</summary>
internal static class ApiTags
{
    public const string Health = "Health";
    public const string Aliases = "Aliases";
    public const string Fleets = "Fleets";
    public const string Sessions = "Sessions";
    public const string Rollouts = "Rollouts";
    public const string Schedules = "Schedules";
    public const string Dashboard = "Dashboard";
    public const string DurableManagement = "Durable management";
}
