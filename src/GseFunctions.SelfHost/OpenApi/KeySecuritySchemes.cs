using GseFunctions.Api.Routing;
using GseFunctions.SelfHost.Auth;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GseFunctions.SelfHost.OpenApi;

/// <summary>
/// The function keys in the OpenAPI document: two API-key schemes (the <c>x-functions-key</c> header, the <c>code</c>
/// query parameter), either of which opens a route of function or admin level; anonymous routes need neither.
/// </summary>
internal sealed class KeySecuritySchemes : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string HeaderScheme = "functionKey";
    public const string QueryScheme = "code";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[HeaderScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = FunctionKeyVerifier.HeaderName,
            Description = "A function key (function-level routes) or the master key (every route).",
        };
        document.Components.SecuritySchemes[QueryScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Query,
            Name = FunctionKeyVerifier.QueryName,
            Description = "The same key as a query parameter, for clients that cannot set headers.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var route = context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiRoute>().FirstOrDefault();
        if (route is null || route.Level == ApiAuthLevel.Anonymous)
        {
            return Task.CompletedTask;
        }

        var document = context.Document;
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(HeaderScheme, document)] = [] });
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(QueryScheme, document)] = [] });
        var level = route.Level == ApiAuthLevel.Admin ? "Key level: admin (the master key)." : "Key level: function (a function key or the master key).";
        operation.Description = string.IsNullOrEmpty(operation.Description) ? level : operation.Description + "\n\n" + level;
        return Task.CompletedTask;
    }
}
