namespace GseFunctions.Gse;

/// <summary>
/// Fleet event codes (<c>Event.EventCode</c> of DescribeFleetEvents, gse-api.md §4.3) that this product writes or reads;
/// the full set is longer.
/// </summary>
public static class GseFleetEventCodes
{
    /// <summary>The fleet was created (§4.3).</summary>
    public const string FleetCreated = "FLEET_CREATED";

    /// <summary>The fleet moved to DOWNLOADING (§4.3).</summary>
    public const string FleetStateDownloading = "FLEET_STATE_DOWNLOADING";

    /// <summary>The asset could not be downloaded (§4.3).</summary>
    public const string FleetBinaryDownloadFailed = "FLEET_BINARY_DOWNLOAD_FAILED";

    /// <summary>The asset was downloaded and is being extracted (§4.3).</summary>
    public const string FleetCreationExtractingBuild = "FLEET_CREATION_EXTRACTING_BUILD";

    /// <summary>The fleet moved to VALIDATING (§4.3).</summary>
    public const string FleetStateValidating = "FLEET_STATE_VALIDATING";

    /// <summary>The runtime configuration is being validated (§4.3).</summary>
    public const string FleetCreationValidatingRuntimeConfig = "FLEET_CREATION_VALIDATING_RUNTIME_CONFIG";

    /// <summary>The fleet moved to BUILDING (§4.3).</summary>
    public const string FleetStateBuilding = "FLEET_STATE_BUILDING";

    /// <summary>The asset's installer is running (seen in the official example, §4.3).</summary>
    public const string FleetCreationRunningInstaller = "FLEET_CREATION_RUNNING_INSTALLER";

    /// <summary>The fleet moved to ACTIVATING (§4.3).</summary>
    public const string FleetStateActivating = "FLEET_STATE_ACTIVATING";

    /// <summary>Activation failed (§4.3).</summary>
    public const string FleetActivationFailed = "FLEET_ACTIVATION_FAILED";

    /// <summary>Activation failed for want of instances (§4.3).</summary>
    public const string FleetActivationFailedNoInstances = "FLEET_ACTIVATION_FAILED_NO_INSTANCES";

    /// <summary>The fleet moved to ACTIVE (§4.3).</summary>
    public const string FleetStateActive = "FLEET_STATE_ACTIVE";

    /// <summary>The fleet moved to ERROR (§4.3).</summary>
    public const string FleetStateError = "FLEET_STATE_ERROR";

    /// <summary>The fleet moved to DELETING (§4.3).</summary>
    public const string FleetStateDeleting = "FLEET_STATE_DELETING";

    /// <summary>The fleet was deleted (§4.3).</summary>
    public const string FleetDeleted = "FLEET_DELETED";

    /// <summary>The fleet's capacity settings or scaling changed; the message carries the new settings (§4.3).</summary>
    public const string FleetScalingEvent = "FLEET_SCALING_EVENT";
}
