using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace GseFunctions.SelfHost.DurableHttpApi;

/// <summary>
/// One instance as the Durable extension's HTTP API shows it (<c>StatusResponsePayload</c>), members in its order:
/// <c>input</c>, <c>customStatus</c> and <c>output</c> are JSON values (null when absent, never left out);
/// <c>historyEvents</c> appears only when asked for.
/// </summary>
/// <param name="Name">The orchestrator name.</param>
/// <param name="InstanceId">The instance id.</param>
/// <param name="RuntimeStatus">Running, Completed, ContinuedAsNew, Failed, Canceled, Terminated, Pending or Suspended.</param>
/// <param name="Input">The input (null when <c>showInput=false</c>).</param>
/// <param name="CustomStatus">The custom status.</param>
/// <param name="Output">The output.</param>
/// <param name="CreatedTime">When the instance was created, <c>yyyy-MM-ddTHH:mm:ssZ</c>.</param>
/// <param name="LastUpdatedTime">When the instance last changed, <c>yyyy-MM-ddTHH:mm:ssZ</c>.</param>
/// <param name="HistoryEvents">The history (<c>showHistory=true</c> only).</param>
internal sealed record InstanceStatusPayload(
    string Name,
    string InstanceId,
    string RuntimeStatus,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] JsonNode? Input,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] JsonNode? CustomStatus,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] JsonNode? Output,
    string CreatedTime,
    string LastUpdatedTime,
    JsonArray? HistoryEvents);
