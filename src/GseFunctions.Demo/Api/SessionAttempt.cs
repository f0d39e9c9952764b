namespace GseFunctions.Demo.Api;

/// <summary>One <c>POST /api/sessions</c>: the fleet the session landed on, or what kind of failure it was.</summary>
internal sealed record SessionAttempt(string? FleetId, string? FailureKind)
{
    public bool Succeeded => FailureKind is null;

    public static SessionAttempt Created(string fleetId) => new(fleetId, null);

    public static SessionAttempt Failed(string kind) => new(null, kind);
}
