using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GseFunctions.Api.Json;

/// <summary>What a typed JSON result declares for OpenAPI: its status, body type and <c>application/json</c>, as <c>.Produces&lt;T&gt;(status)</c> would.</summary>
internal static class JsonResultMetadata
{
    private static readonly string[] ContentTypes = ["application/json"];

    public static void Add(EndpointBuilder builder, int statusCode, Type valueType)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(statusCode, valueType, ContentTypes));
    }
}
