using GseFunctions.Gse.Models;

namespace GseFunctions.Gse.Emulator.Simulation;

/// <summary>Runs a bound request on the simulation and returns its response (RequestId is set by the caller).</summary>
internal sealed class GseActionDispatcher(GseSimulation simulation)
{
    public GseResponse Dispatch(string region, object request) => request switch
    {
        CreateAliasRequest r => simulation.CreateAlias(region, r),
        UpdateAliasRequest r => simulation.UpdateAlias(region, r),
        DescribeAliasRequest r => simulation.DescribeAlias(region, r),
        ListAliasesRequest r => simulation.ListAliases(region, r),
        DeleteAliasRequest r => simulation.DeleteAlias(region, r),
        ResolveAliasRequest r => simulation.ResolveAlias(region, r),
        CreateAssetRequest r => simulation.CreateAsset(region, r),
        DescribeAssetRequest r => simulation.DescribeAsset(region, r),
        DescribeAssetsRequest r => simulation.DescribeAssets(region, r),
        DeleteAssetRequest r => simulation.DeleteAsset(region, r),
        CreateFleetRequest r => simulation.CreateFleet(region, r),
        CopyFleetRequest r => simulation.CopyFleet(region, r),
        DescribeFleetAttributesRequest r => simulation.DescribeFleetAttributes(region, r),
        ListFleetsRequest r => simulation.ListFleets(region, r),
        UpdateFleetAttributesRequest r => simulation.UpdateFleetAttributes(region, r),
        DeleteFleetRequest r => simulation.DeleteFleet(region, r),
        DescribeFleetEventsRequest r => simulation.DescribeFleetEvents(region, r),
        DescribeFleetRelatedResourcesRequest r => simulation.DescribeFleetRelatedResources(region, r),
        UpdateFleetCapacityRequest r => simulation.UpdateFleetCapacity(region, r),
        DescribeFleetCapacityRequest r => simulation.DescribeFleetCapacity(region, r),
        DescribeFleetUtilizationRequest r => simulation.DescribeFleetUtilization(region, r),
        StartFleetActionsRequest r => simulation.StartFleetActions(region, r),
        StopFleetActionsRequest r => simulation.StopFleetActions(region, r),
        DescribeInstancesRequest r => simulation.DescribeInstances(region, r),
        DescribeUserQuotasRequest r => simulation.DescribeUserQuotas(region, r),
        PutScalingPolicyRequest r => simulation.PutScalingPolicy(region, r),
        DescribeScalingPoliciesRequest r => simulation.DescribeScalingPolicies(region, r),
        DeleteScalingPolicyRequest r => simulation.DeleteScalingPolicy(region, r),
        CreateGameServerSessionRequest r => simulation.CreateGameServerSession(region, r),
        DescribeGameServerSessionsRequest r => simulation.DescribeGameServerSessions(region, r),
        DescribeGameServerSessionDetailsRequest r => simulation.DescribeGameServerSessionDetails(region, r),
        SearchGameServerSessionsRequest r => simulation.SearchGameServerSessions(region, r),
        UpdateGameServerSessionRequest r => simulation.UpdateGameServerSession(region, r),
        EndGameServerSessionAndProcessRequest r => simulation.EndGameServerSessionAndProcess(region, r),
        JoinGameServerSessionRequest r => simulation.JoinGameServerSession(region, r),
        DescribePlayerSessionsRequest r => simulation.DescribePlayerSessions(region, r),
        _ => throw new GseFault(GseErrorCodes.InvalidAction, $"The local GSE does not implement `{GseActionCatalog.ActionName(request.GetType())}`."),
    };
}
