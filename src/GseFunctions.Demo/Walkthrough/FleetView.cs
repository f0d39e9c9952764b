namespace GseFunctions.Demo.Walkthrough;

/// <summary>One fleet as GSE reports it right now.</summary>
internal sealed record FleetView(string Name, string Status, int Instances, int LiveSessions)
{
    public override string ToString() => $"{Name}: {Status} {Instances} inst {LiveSessions,2} live";
}
