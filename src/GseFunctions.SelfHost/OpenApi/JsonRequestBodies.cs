using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GseFunctions.SelfHost.OpenApi;

/// <summary>Documents the JSON body of each route marked with <see cref="JsonRequestBodyMetadata"/>, its schema a component named after the type.</summary>
internal sealed class JsonRequestBodies : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var body = context.Description.ActionDescriptor.EndpointMetadata.OfType<JsonRequestBodyMetadata>().FirstOrDefault();
        if (body is null || context.Document is not { } document)
        {
            return;
        }

        var schema = await context.GetOrCreateSchemaAsync(body.BodyType, null, cancellationToken);
        var id = body.BodyType.Name;
        if (document.Components?.Schemas?.ContainsKey(id) != true)
        {
            document.AddComponent(id, schema);
        }

        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                ["application/json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(id, document) },
            },
        };
    }
}
