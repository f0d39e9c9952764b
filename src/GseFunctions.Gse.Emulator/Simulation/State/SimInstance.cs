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
    public bool Draining
    {
        get => _draining;
        set
        {
            if (value && !_draining)
            {
                DrainCount++;
            }

            _draining = value;
        }
    }

    /// <summary>How many times the instance started draining; a protection timer belongs to one drain.</summary>
    public int DrainCount { get; private set; }

    private bool _draining;

    public List<SimSession> Sessions { get; } = [];

    public bool IsActive => Status == "ACTIVE";
}
