using System.Text.Json.Nodes;
using Microsoft.DurableTask.Client;

namespace GseFunctions.SelfHost.DurableHttpApi;

/// <summary>Builds <see cref="InstanceStatusPayload"/> from the client's <see cref="OrchestrationMetadata"/>.</summary>
internal static class InstanceStatusMapping
{
    /// <summary>The payload of <paramref name="instance"/> (read with inputs and outputs).</summary>
    public static InstanceStatusPayload From(OrchestrationMetadata instance, bool showInput, JsonArray? history) => new(
        instance.Name,
        instance.InstanceId,
        instance.RuntimeStatus.ToString(),
        showInput ? SerializedPayloads.Parse(instance.SerializedInput) : null,
        SerializedPayloads.Parse(instance.SerializedCustomStatus),
        SerializedPayloads.Parse(instance.SerializedOutput),
        SerializedPayloads.Time(instance.CreatedAt),
        SerializedPayloads.Time(instance.LastUpdatedAt),
        history);
}
