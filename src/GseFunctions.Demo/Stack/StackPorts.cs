namespace GseFunctions.Demo.Stack;

/// <summary>The loopback ports the demo's stack listens on.</summary>
internal sealed record StackPorts(int SelfHost, int Blob, int Queue, int Table, int LocalGse)
{
    public static StackPorts Default { get; } = new(7071, 10000, 10001, 10002, 5080);

    /// <summary>Each port with the service on it and the option that moves it.</summary>
    public IReadOnlyList<(int Port, string Service, string Option)> All =>
    [
        (SelfHost, "the self-host (HTTP API)", "--port N"),
        (Blob, "Azurite blob", "--azurite-ports B,Q,T"),
        (Queue, "Azurite queue", "--azurite-ports B,Q,T"),
        (Table, "Azurite table", "--azurite-ports B,Q,T"),
        (LocalGse, "the local GSE", "--gse-port N"),
    ];

    /// <summary>A port given to two services, or null.</summary>
    public int? Duplicate() =>
        All.GroupBy(p => p.Port).Where(g => g.Count() > 1).Select(g => (int?)g.Key).FirstOrDefault();
}
