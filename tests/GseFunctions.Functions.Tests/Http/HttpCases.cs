using GseFunctions.Api.Aliases;
using GseFunctions.Api.Dashboard;
using GseFunctions.Api.Fleets;
using GseFunctions.Api.Health;
using GseFunctions.Api.Rollouts;
using GseFunctions.Api.Routing;
using GseFunctions.Api.Schedules;
using GseFunctions.Api.Sessions;
using GseFunctions.Functions.Http;
using Microsoft.AspNetCore.Http;

namespace GseFunctions.Functions.Tests.Http;

/// <summary>Every HTTP function of the app with a plausible request, and the handler its route belongs to.</summary>
internal static class HttpCases
{
    private const string AliasBody = """{"name":"zero-downtime-update-test","routingStrategy":{"type":"SIMPLE","fleetId":"fleet-1"}}""";
    private const string RolloutBody = """{"aliasId":"alias-1","fleetId":"fleet-2","idempotencyKey":"release-42"}""";
    private const string ScheduleBody = """{"scheduleId":"nightly","rollout":{"aliasId":"alias-1","fleetId":"fleet-2"},"startAt":"2030-01-02T03:00:00Z"}""";

    public static IReadOnlyDictionary<string, HttpCase> All { get; } = new Dictionary<string, HttpCase>(StringComparer.Ordinal)
    {
        [ApiRouteNames.Health] = new("GET", "/api/health", null,
            (c, r, ct) => new HealthFunctions(c.Readiness).GetAsync(r, ct),
            (c, _, ct) => HealthHandlers.ReadyAsync(c.Readiness, ct)),
        [ApiRouteNames.HealthReady] = new("GET", "/api/health/ready", null,
            (c, r, ct) => new HealthFunctions(c.Readiness).ReadyAsync(r, ct),
            (c, _, ct) => HealthHandlers.ReadyAsync(c.Readiness, ct)),
        [ApiRouteNames.HealthLive] = new("GET", "/api/health/live", null,
            (_, r, _) => Task.FromResult(HealthFunctions.Live(r)),
            (_, _, _) => Task.FromResult(HealthHandlers.Live())),

        [ApiRouteNames.Dashboard] = new("GET", "/api/dashboard/js/chart.js", null,
            (_, r, _) => Task.FromResult(DashboardFunctions.Get(r)),
            (_, r, _) => Task.FromResult(DashboardHandlers.Get(r))),

        [ApiRouteNames.CreateAlias] = new("POST", "/api/aliases", AliasBody,
            (c, r, ct) => new AliasFunctions(c.Gse.Object, c.Locking).CreateAsync(r, ct),
            (c, r, ct) => AliasHandlers.CreateAsync(r, c.Gse.Object, ct)),
        [ApiRouteNames.ListAliases] = new("GET", "/api/aliases?routingStrategyType=SIMPLE&limit=10", null,
            (c, r, ct) => new AliasFunctions(c.Gse.Object, c.Locking).ListAsync(r, ct),
            (c, r, ct) => AliasHandlers.ListAsync(r, c.Gse.Object, ct)),
        [ApiRouteNames.GetAlias] = new("GET", "/api/aliases/alias-1", null,
            (c, r, ct) => new AliasFunctions(c.Gse.Object, c.Locking).GetAsync(r, "alias-1", ct),
            (c, _, ct) => AliasHandlers.GetAsync("alias-1", c.Gse.Object, ct)),
        [ApiRouteNames.UpdateAlias] = new("PATCH", "/api/aliases/alias-1", """{"routingStrategy":{"type":"SIMPLE","fleetId":"fleet-2"}}""",
            (c, r, ct) => new AliasFunctions(c.Gse.Object, c.Locking).UpdateAsync(r, "alias-1", c.Durable.Object, ct),
            (c, r, ct) => AliasHandlers.UpdateAsync("alias-1", r, c.Gse.Object, c.Locking, c.Durable.Object, ct)),
        [ApiRouteNames.DeleteAlias] = new("DELETE", "/api/aliases/alias-1", null,
            (c, r, ct) => new AliasFunctions(c.Gse.Object, c.Locking).DeleteAsync(r, "alias-1", c.Durable.Object, ct),
            (c, r, ct) => AliasHandlers.DeleteAsync("alias-1", r, c.Gse.Object, c.Locking, c.Durable.Object, ct)),

        [ApiRouteNames.ListFleets] = new("GET", "/api/fleets?offset=0&limit=10", null,
            (c, r, ct) => Widen(new FleetFunctions(c.Gse.Object, c.Time).ListAsync(r, ct)),
            (c, r, ct) => Widen(FleetHandlers.ListAsync(r, c.Gse.Object, c.Time, ct))),
        [ApiRouteNames.GetFleet] = new("GET", "/api/fleets/fleet-1", null,
            (c, r, ct) => Widen(new FleetFunctions(c.Gse.Object, c.Time).GetAsync(r, "fleet-1", ct)),
            (c, _, ct) => Widen(FleetHandlers.GetAsync("fleet-1", c.Gse.Object, c.Time, ct))),

        [ApiRouteNames.CreateSession] = new("POST", "/api/sessions", """{"aliasId":"alias-1","maximumPlayers":8,"idempotencyToken":"t-1"}""",
            (c, r, ct) => new SessionFunctions(c.Gse.Object).CreateAsync(r, ct),
            (c, r, ct) => SessionHandlers.CreateAsync(r, c.Gse.Object, ct)),
        [ApiRouteNames.ListSessions] = new("GET", "/api/sessions?aliasId=alias-1&limit=5", null,
            (c, r, ct) => new SessionFunctions(c.Gse.Object).ListAsync(r, ct),
            (c, r, ct) => SessionHandlers.ListAsync(r, c.Gse.Object, ct)),

        [ApiRouteNames.StartRollout] = new("POST", "/api/rollouts", RolloutBody,
            (c, r, ct) => Widen(new RolloutFunctions(c.Starter, c.Urls.Object).StartAsync(r, c.Durable.Object, ct)),
            (c, r, ct) => Widen(RolloutHandlers.StartAsync(r, c.Durable.Object, c.Starter, c.Urls.Object, ct))),
        [ApiRouteNames.ListRollouts] = new("GET", "/api/rollouts?aliasId=alias-1&runtimeStatus=Running&top=5", null,
            (c, r, ct) => Widen(RolloutFunctions.ListAsync(r, c.Durable.Object, ct)),
            (c, r, ct) => Widen(RolloutHandlers.ListAsync(r, c.Durable.Object, ct))),
        [ApiRouteNames.GetRollout] = new("GET", "/api/rollouts/rollout-1", null,
            (c, r, ct) => Widen(RolloutFunctions.GetAsync(r, "rollout-1", c.Durable.Object, ct)),
            (c, _, ct) => Widen(RolloutHandlers.GetAsync("rollout-1", c.Durable.Object, ct))),
        [ApiRouteNames.GetRolloutTimeline] = new("GET", "/api/rollouts/rollout-1/timeline", null,
            (c, r, ct) => Widen(new RolloutTimelineFunctions(new ClientRolloutTimelineHistory()).GetAsync(r, "rollout-1", c.Durable.Object, ct)),
            (c, _, ct) => Widen(RolloutTimelineHandlers.GetAsync("rollout-1", c.Durable.Object, new ClientRolloutTimelineHistory(), ct))),
        [ApiRouteNames.ApproveRollout] = new("POST", "/api/rollouts/rollout-1/approve", null,
            (c, r, ct) => Widen(RolloutFunctions.ApproveAsync(r, "rollout-1", c.Durable.Object, ct)),
            (c, _, ct) => Widen(RolloutHandlers.ApproveAsync("rollout-1", c.Durable.Object, ct))),
        [ApiRouteNames.AbortRollout] = new("POST", "/api/rollouts/rollout-1/abort", null,
            (c, r, ct) => Widen(RolloutFunctions.AbortAsync(r, "rollout-1", c.Durable.Object, ct)),
            (c, _, ct) => Widen(RolloutHandlers.AbortAsync("rollout-1", c.Durable.Object, ct))),
        [ApiRouteNames.RollbackRollout] = new("POST", "/api/rollouts/rollout-1/rollback", null,
            (c, r, ct) => Widen(RolloutFunctions.RollbackAsync(r, "rollout-1", c.Durable.Object, ct)),
            (c, _, ct) => Widen(RolloutHandlers.RollbackAsync("rollout-1", c.Durable.Object, ct))),

        [ApiRouteNames.CreateSchedule] = new("POST", "/api/schedules", ScheduleBody,
            (c, r, ct) => Widen(new ScheduleFunctions(c.Schedules).CreateAsync(r, c.Durable.Object, ct)),
            (c, r, ct) => Widen(ScheduleHandlers.CreateAsync(r, c.Durable.Object, c.Schedules, ct))),
        [ApiRouteNames.ListSchedules] = new("GET", "/api/schedules?top=10", null,
            (c, r, ct) => Widen(new ScheduleFunctions(c.Schedules).ListAsync(r, ct)),
            (c, r, ct) => Widen(ScheduleHandlers.ListAsync(r, c.Schedules, ct))),
        [ApiRouteNames.GetSchedule] = new("GET", "/api/schedules/nightly", null,
            (c, r, ct) => Widen(new ScheduleFunctions(c.Schedules).GetAsync(r, "nightly", c.Durable.Object, ct)),
            (c, _, ct) => Widen(ScheduleHandlers.GetAsync("nightly", c.Durable.Object, c.Schedules, ct))),
        [ApiRouteNames.DeleteSchedule] = new("DELETE", "/api/schedules/nightly", null,
            (c, r, ct) => Widen(new ScheduleFunctions(c.Schedules).DeleteAsync(r, "nightly", c.Durable.Object, ct)),
            (c, _, ct) => Widen(ScheduleHandlers.DeleteAsync("nightly", c.Durable.Object, c.Schedules, ct))),
    };

    // A handler declaring its answers (Results<...>) is compared as the IResult it is; awaiting keeps where an exception came from.
    private static async Task<IResult> Widen<TResult>(Task<TResult> call)
        where TResult : IResult =>
        await call;
}
