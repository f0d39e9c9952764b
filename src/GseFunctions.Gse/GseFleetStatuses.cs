namespace GseFunctions.Gse;

/// <summary>
/// Fleet statuses (<c>FleetAttributes.Status</c>) as GSE spells them on the wire (gse-api.md §4.2). Happy path:
/// <see cref="New"/> → <see cref="Downloading"/> → <see cref="Validating"/> → <see cref="Building"/> →
/// <see cref="Activating"/> → <see cref="Active"/>; a failure ends in <see cref="Error"/>; a deletion goes
/// <see cref="Deleting"/> → <see cref="Terminated"/>.
/// </summary>
public static class GseFleetStatuses
{
    /// <summary>Just created (confirmed by the CreateFleet example, §4.2).</summary>
    public const string New = "NEW";

    /// <summary>Downloading the asset (confirmed by the event messages, §4.2).</summary>
    public const string Downloading = "DOWNLOADING";

    /// <summary>Validating the runtime configuration (confirmed by the event messages, §4.2).</summary>
    public const string Validating = "VALIDATING";

    /// <summary>
    /// Building the server image (inferred from <c>FLEET_STATE_BUILDING</c>; the console calls this step ASSETING, §4.2).
    /// </summary>
    public const string Building = "BUILDING";

    /// <summary>Launching instances and server processes (inferred from <c>FLEET_STATE_ACTIVATING</c>, §4.2).</summary>
    public const string Activating = "ACTIVATING";

    /// <summary>Ready to host game server sessions (confirmed by the DescribeFleetAttributes example, §4.2).</summary>
    public const string Active = "ACTIVE";

    /// <summary>Creation or activation failed (inferred from <c>FLEET_STATE_ERROR</c>, §4.2).</summary>
    public const string Error = "ERROR";

    /// <summary>Deletion requested (inferred from <c>FLEET_STATE_DELETING</c>, §4.2).</summary>
    public const string Deleting = "DELETING";

    /// <summary>Deleted, its instances released (inferred, unconfirmed, §4.2).</summary>
    public const string Terminated = "TERMINATED";
}
