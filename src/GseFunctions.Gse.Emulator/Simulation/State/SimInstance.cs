namespace GseFunctions.Gse.Emulator.Simulation.State;

internal sealed class SimInstance
{
    public required string Id { get; init; }

    public required string IpAddress { get; init; }

    public required string PrivateIpAddress { get; init; }

    public required DateTimeOffset CreateTime { get; init; }

    /// <summary>PENDING while booting, then ACTIVE.</summary>
    public string Status { get; set; } = "PENDING";

    /// <summary>Chosen for scale-in: no new sessions are placed here; removed once its sessions end.</summary>
    public bool Draining { get; set; }

    public List<SimSession> Sessions { get; } = [];

    public bool IsActive => Status == "ACTIVE";
}
