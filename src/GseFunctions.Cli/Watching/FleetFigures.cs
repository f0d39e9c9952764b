using System.Text.Json;
using GseFunctions.Cli.Http;

namespace GseFunctions.Cli.Watching;

/// <summary>One fleet as the rollout last read it (<c>status.fleets[]</c>).</summary>
internal sealed record FleetFigures(string FleetId, string Role, string? Status, int LiveSessions, int AvailableSessions, int Instances)
{
    public static FleetFigures Parse(JsonElement fleet) => new(
        fleet.Text("fleetId") ?? "?",
        fleet.Text("role") ?? "?",
        fleet.Text("status"),
        fleet.Int("sessions"),
        fleet.Int("availableSessions"),
        fleet.Int("instances"));

    public override string ToString() => $"{Role} {FleetId} {Status ?? "-"} {Instances} inst {LiveSessions} live {AvailableSessions} free";
}
