using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using GseFunctions.Rollouts.Contracts;

namespace GseFunctions.Rollouts.Storage;

/// <summary>
/// The table row of a schedule: PartitionKey <c>schedule</c> (schedules are few; one partition lists them in id
/// order), RowKey = schedule id (its characters are valid in keys), the request as JSON.
/// </summary>
internal sealed class ScheduleEntity : ITableEntity
{
    public const string Partition = "schedule";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string RequestJson { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public static ScheduleEntity From(ScheduleDefinition definition) => new()
    {
        RowKey = definition.ScheduleId,
        RequestJson = JsonSerializer.Serialize(definition.Request, Json),
        CreatedAt = definition.CreatedAt,
    };

    public ScheduleDefinition ToDefinition() =>
        new(JsonSerializer.Deserialize<ScheduleRequest>(RequestJson, Json) ?? throw new InvalidDataException($"Schedule '{RowKey}' has no request."), CreatedAt);
}
