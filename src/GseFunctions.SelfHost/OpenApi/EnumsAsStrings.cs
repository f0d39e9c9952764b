using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GseFunctions.SelfHost.OpenApi;

/// <summary>
/// Enums in the schemas as the API writes and reads them (ApiJson: names as strings). Done here rather than in the
/// host's JSON options, which other endpoints of the self-host serialize with.
/// </summary>
internal sealed class EnumsAsStrings : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        var type = context.JsonTypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (!underlying.IsEnum)
        {
            return Task.CompletedTask;
        }

        schema.Type = underlying == type ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
        schema.Format = null;
        schema.Pattern = null;
        schema.Enum = [.. Enum.GetNames(underlying).Select(name => (JsonNode)JsonValue.Create(name))];
        return Task.CompletedTask;
    }
}
