using GseFunctions.Gse.Emulator.Simulation.State;

namespace GseFunctions.Gse.Emulator.Simulation.Engine;

/// <summary>
/// A fleet's way through its states over time: NEW → DOWNLOADING → VALIDATING → BUILDING → ACTIVATING →
/// ACTIVE, or ERROR on a failure, and DELETING → TERMINATED once deleted (GSE's documented lifecycle and event
/// codes, reference §4.2 and §4.3). How long each state lasts is our own choice, set in
/// <see cref="SimulationOptions"/>. Every step checks the fleet is still in the state it left it in, since a
/// deletion or a failure may have overtaken it.
/// </summary>
internal sealed class FleetLifecycle(SimulationEngine engine)
{
    private string? _failNextActivation;

    /// <summary>Arms a one-shot fault: the next fleet to reach ACTIVATING goes to ERROR instead of ACTIVE.</summary>
    public void FailNextActivation(string? reason) =>
        Volatile.Write(ref _failNextActivation, string.IsNullOrWhiteSpace(reason) ? "Injected activation failure." : reason);

    /// <summary>A fleet just added to its region: logs FLEET_CREATED and starts the way toward ACTIVE.</summary>
    public void Created(RegionState r, SimFleet fleet)
    {
        engine.Events.Add(r, fleet, GseFleetEventCodes.FleetCreated, $"Fleet {fleet.Id} created.");
        r.Schedule(engine.Options.NewDuration, () => Download(r, fleet));
        Log.FleetCreated(engine.Logger, fleet.Id, r.Name);
    }

    /// <summary>
    /// DELETING at once, then TERMINATED with its instances released (§4.2). Its sessions end at once, whatever
    /// their protection: our own simplification, since §4.6 covers scale-in and says nothing of deletion. A
    /// terminated fleet stays describable for a while, then is forgotten (also ours).
    /// </summary>
    public void Delete(RegionState r, SimFleet fleet)
    {
        engine.Events.SetStatus(r, fleet, GseFleetStatuses.Deleting, GseFleetEventCodes.FleetStateDeleting, "Fleet deletion requested.");
        foreach (var session in fleet.Instances.SelectMany(i => i.Sessions).ToList())
        {
            engine.Sessions.End(r, session, "Fleet deleted.");
        }

        r.Schedule(engine.Options.DeletingDuration, () =>
        {
            fleet.Instances.Clear();
            fleet.TerminationTime = r.Now;
            engine.Events.SetStatus(r, fleet, GseFleetStatuses.Terminated, GseFleetEventCodes.FleetDeleted, "Fleet deleted; its instances are released.");
            r.Schedule(engine.Options.TerminatedRetention, () => r.Fleets.Remove(fleet.Id));
        });
    }

    /// <summary>
    /// NEW → DOWNLOADING → VALIDATING → BUILDING, with the FLEET_CREATION_… events GSE writes on the way
    /// (§4.3). An asset deleted meanwhile fails the download (FLEET_BINARY_DOWNLOAD_FAILED).
    /// </summary>
    private void Download(RegionState r, SimFleet fleet)
    {
        if (fleet.Status != GseFleetStatuses.New)
        {
            return;
        }

        engine.Events.SetStatus(r, fleet, GseFleetStatuses.Downloading, GseFleetEventCodes.FleetStateDownloading, "Downloading the asset.");
        r.Schedule(engine.Options.DownloadingDuration, () =>
        {
            if (fleet.Status != GseFleetStatuses.Downloading)
            {
                return;
            }

            if (!r.Assets.ContainsKey(fleet.AssetId))
            {
                Fail(r, fleet, GseFleetEventCodes.FleetBinaryDownloadFailed, $"The asset `{fleet.AssetId}` does not exist.");
                return;
            }

            engine.Events.Add(r, fleet, GseFleetEventCodes.FleetCreationExtractingBuild, "Asset downloaded and extracted.");
            engine.Events.SetStatus(r, fleet, GseFleetStatuses.Validating, GseFleetEventCodes.FleetStateValidating, "Validating the runtime configuration.");
            engine.Events.Add(r, fleet, GseFleetEventCodes.FleetCreationValidatingRuntimeConfig, "Validating launch paths.");
            r.Schedule(engine.Options.ValidatingDuration, () =>
            {
                if (fleet.Status != GseFleetStatuses.Validating)
                {
                    return;
                }

                engine.Events.SetStatus(r, fleet, GseFleetStatuses.Building, GseFleetEventCodes.FleetStateBuilding, "Building the server image.");
                engine.Events.Add(r, fleet, GseFleetEventCodes.FleetCreationRunningInstaller, "Running installer.");
                r.Schedule(engine.Options.BuildingDuration, () => Activate(r, fleet));
            });
        });
    }

    /// <summary>
    /// BUILDING → ACTIVATING: instances launch toward the desired count; after the activating time the fleet is
    /// ACTIVE and target tracking starts. A fleet that got no instance at all (the region's instance quota,
    /// §5.3, is in use) fails with FLEET_ACTIVATION_FAILED_NO_INSTANCES (§4.3).
    /// </summary>
    private void Activate(RegionState r, SimFleet fleet)
    {
        if (fleet.Status != GseFleetStatuses.Building)
        {
            return;
        }

        engine.Events.SetStatus(r, fleet, GseFleetStatuses.Activating, GseFleetEventCodes.FleetStateActivating, "Launching instances and server processes.");
        var injected = Interlocked.Exchange(ref _failNextActivation, null);
        if (injected is not null)
        {
            r.Schedule(engine.Options.ActivatingDuration, () =>
            {
                if (fleet.Status == GseFleetStatuses.Activating)
                {
                    Fail(r, fleet, GseFleetEventCodes.FleetActivationFailed, injected);
                }
            });
            return;
        }

        engine.Scaler.Reconcile(r, fleet);
        r.Schedule(engine.Options.ActivatingDuration, () =>
        {
            if (fleet.Status != GseFleetStatuses.Activating)
            {
                return;
            }

            if (fleet.Instances.Count == 0 && fleet.Desired > 0)
            {
                Fail(r, fleet, GseFleetEventCodes.FleetActivationFailedNoInstances, $"No instance could be obtained for the fleet: the region's instance quota of {engine.Options.InstanceQuota} is in use.");
                return;
            }

            // Only now may the capacity go above one instance (reference §4.8: "before the first successful
            // deployment only 0-1 instances may be set").
            fleet.HasBeenActive = true;
            engine.Events.SetStatus(r, fleet, GseFleetStatuses.Active, GseFleetEventCodes.FleetStateActive, "Fleet is active.");
            engine.TargetTracking.ScheduleEvaluation(r, fleet);
        });
    }

    /// <summary>ERROR, with the event that says why; a failed fleet holds no instances (our own simplification).</summary>
    private void Fail(RegionState r, SimFleet fleet, string code, string message)
    {
        engine.Events.Add(r, fleet, code, message);
        engine.Events.SetStatus(r, fleet, GseFleetStatuses.Error, GseFleetEventCodes.FleetStateError, message);
        fleet.Instances.Clear();
        fleet.WaitingForQuota = false;
        Log.FleetFailed(engine.Logger, fleet.Id, message);
    }
}
