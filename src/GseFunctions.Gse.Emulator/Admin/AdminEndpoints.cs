using GseFunctions.Gse.Emulator.Faults;
using GseFunctions.Gse.Emulator.Simulation;
using GseFunctions.Gse.Emulator.Traffic;
using GseFunctions.Gse.Emulator.Wire;
using GseFunctions.Gse.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GseFunctions.Gse.Emulator.Admin;

/// <summary>
/// The local GSE's own admin surface under <c>/_emulator</c>, outside the Tencent API: fault injection,
/// call counts, simulated traffic and the simulated clock. Meant for tests and drills on loopback; it has
/// no authentication, so never expose the local GSE beyond the machine.
/// </summary>
internal static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapLocalGseAdmin(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/_emulator");
        group.MapGet("/health", () => TypedResults.Ok(new { status = "ok" }));
        group.MapGet("/faults", (FaultInjector faults) => TypedResults.Ok(faults.Rules));
        group.MapPost("/faults", AddFault);
        group.MapPut("/faults", ReplaceFaults);
        group.MapDelete("/faults", (FaultInjector faults) =>
        {
            faults.Replace([]);
            return TypedResults.NoContent();
        });
        group.MapGet("/rate-limits", (RateLimitEnforcer limits) => TypedResults.Ok(RateLimitsView.Of(limits.Limits)));
        group.MapPut("/rate-limits", SetRateLimits);
        group.MapDelete("/rate-limits", (RateLimitEnforcer limits) =>
        {
            limits.Replace(RateLimitEnforcer.Off());
            return TypedResults.NoContent();
        });
        group.MapPost("/fleets/fail-next-activation", FailNextActivation);
        group.MapGet("/calls", (CallCounter counter) => TypedResults.Ok(CallsView(counter)));
        group.MapDelete("/calls", (CallCounter counter, ResourceCallLog resources) =>
        {
            counter.Reset();
            resources.Reset();
            return TypedResults.NoContent();
        });
        group.MapGet("/calls/resources", (ResourceCallLog resources) => TypedResults.Ok(resources.Snapshot()));
        group.MapGet("/traffic", (TrafficGenerator traffic) => TypedResults.Ok(traffic.Stats()));
        group.MapPut("/traffic", SetTraffic);
        group.MapGet("/clock", (SimulationClock clock) => TypedResults.Ok(new { now = clock.Time.GetUtcNow(), timeScale = clock.Scale }));
        return app;
    }

    private static Results<Created<FaultRule>, ProblemHttpResult> AddFault(FaultRule rule, FaultInjector faults)
    {
        if (rule.Problem() is { } problem)
        {
            return Invalid(problem);
        }

        faults.Add(rule);
        return TypedResults.Created("/_emulator/faults", rule);
    }

    private static Results<Ok<IReadOnlyList<FaultRule>>, ProblemHttpResult> ReplaceFaults(IReadOnlyList<FaultRule> rules, FaultInjector faults)
    {
        var problems = rules.Select((r, i) => (i, problem: r.Problem())).Where(p => p.problem is not null).ToList();
        if (problems.Count > 0)
        {
            return Invalid(string.Join("; ", problems.Select(p => $"rule {p.i}: {p.problem}")));
        }

        faults.Replace(rules);
        return TypedResults.Ok(faults.Rules);
    }

    private static Results<Ok<TrafficStats>, ProblemHttpResult> SetTraffic(TrafficSettings settings, TrafficGenerator traffic)
    {
        if (settings.Problem() is { } problem)
        {
            return TypedResults.Problem(detail: problem, statusCode: StatusCodes.Status400BadRequest, title: "Invalid traffic settings");
        }

        traffic.Configure(settings);
        return TypedResults.Ok(traffic.Stats());
    }

    private static Results<Ok<RateLimitsView>, ProblemHttpResult> SetRateLimits(RateLimitsRequest request, RateLimitEnforcer limits)
    {
        var options = new GseRateLimitOptions { Enabled = request.Enabled ?? true, Default = request.Default ?? GseRateLimitOptions.DocumentedDefault };
        foreach (var (action, limit) in request.Actions ?? [])
        {
            options.Actions[action] = limit;
        }

        var problems = new GseRateLimitOptionsValidator("rate-limits").Problems(options);
        if (problems.Count > 0)
        {
            return TypedResults.Problem(detail: string.Join("; ", problems), statusCode: StatusCodes.Status400BadRequest, title: "Invalid rate limits");
        }

        limits.Replace(options);
        return TypedResults.Ok(RateLimitsView.Of(options));
    }

    private static NoContent FailNextActivation(FailActivationRequest? request, GseSimulation simulation)
    {
        simulation.FailNextFleetActivation(request?.Reason);
        return TypedResults.NoContent();
    }

    private static object CallsView(CallCounter counter)
    {
        var actions = counter.Snapshot();
        return new
        {
            actions,
            mutatingSucceeded = actions.Values.Where(a => a.Mutating).Sum(a => a.Succeeded),
            total = actions.Values.Sum(a => a.Total),
        };
    }

    private static ProblemHttpResult Invalid(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid fault rule");

    /// <summary>
    /// Body of <c>PUT /_emulator/rate-limits</c>: <c>enabled</c> (default true), <c>default</c> (default 20) and
    /// <c>actions</c> (limits by action, added to the documented ones), in requests per second; 0 = no limit.
    /// </summary>
    internal sealed record RateLimitsRequest(bool? Enabled, int? Default, Dictionary<string, int>? Actions);

    /// <summary>The limits in force: whether they are enforced, the default and every action's own limit.</summary>
    internal sealed record RateLimitsView(bool Enabled, int Default, IReadOnlyDictionary<string, int> Actions)
    {
        public static RateLimitsView Of(GseRateLimitOptions options) =>
            new(options.Enabled, options.Default, new SortedDictionary<string, int>(options.Actions, StringComparer.Ordinal));
    }

    /// <summary>Body of <c>POST /_emulator/fleets/fail-next-activation</c>.</summary>
    internal sealed record FailActivationRequest(string? Reason);
}
