using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace GseFunctions.SelfHost.OpenApi;

/// <summary>
/// The self-host's OpenAPI document (<c>GET /openapi/v1.json</c>) and its interactive reference page (<c>/scalar</c>).
/// Both are anonymous: they describe the API, they do not act; every route they describe still checks its key.
/// </summary>
internal static class SelfHostOpenApi
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddSelfHostOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi(DocumentName, options =>
        {
            // Every GET also answers HEAD (RFC 9110: same status and headers, no body); describing each twice would only
            // repeat the GET under the same operation id.
            var included = options.ShouldInclude;
            options.ShouldInclude = description => !HttpMethods.IsHead(description.HttpMethod ?? string.Empty) && included(description);
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "GseFunctions HTTP API",
                    Version = DocumentName,
                    Description = "Zero-downtime releases of Tencent Cloud GSE game servers: aliases, sessions, rollouts, schedules. "
                        + "Errors are RFC 9457 problem details. Routes under /runtime/webhooks/durabletask follow the Durable Functions HTTP API.",
                };
                // Replaces the tags the generator gathered from the operations: the same names, with descriptions.
                document.Tags = new HashSet<OpenApiTag>(
                    [
                        new() { Name = ApiTags.Health, Description = "Liveness (the process answers) and readiness (storage and GSE reachable, cached a few seconds); no key." },
                        new() { Name = ApiTags.Aliases, Description = "GSE aliases: the stable name players' sessions are created through." },
                        new() { Name = ApiTags.Sessions, Description = "Game server sessions through an alias or a fleet: the hot path (one GSE call, no storage)." },
                        new() { Name = ApiTags.Rollouts, Description = "Zero-downtime rollouts from one fleet to another (Durable orchestrations)." },
                        new() { Name = ApiTags.Schedules, Description = "Rollouts started at a time or on a cron schedule." },
                        new() { Name = ApiTags.Dashboard, Description = "The release console: a web page over this API (no key to load it; its calls carry the key you enter)." },
                        new() { Name = ApiTags.DurableManagement, Description = "The Durable Functions HTTP management API for this host's task hub: status, list, events, terminate, suspend, resume, restart, purge (master key or the durabletask_extension system key)." },
                    ]);
                return Task.CompletedTask;
            });
            var keys = new KeySecuritySchemes();
            options.AddDocumentTransformer(keys);
            options.AddOperationTransformer(keys);
            options.AddOperationTransformer(new JsonRequestBodies());
            options.AddSchemaTransformer(new EnumsAsStrings());
        });
        return services;
    }

    public static IEndpointRouteBuilder MapSelfHostOpenApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi();
        // The page must work offline and behind a strict network, and send nothing elsewhere: the system's fonts instead of
        // the CDN's, and none of the features that call out (the AI agent, MCP, telemetry, the developer tools' deploy and
        // SDK offers, the client button that opens the hosted client). Tested in Chromium (ScalarPageTests).
        endpoints.MapScalarApiReference(options => options
            .WithTitle("GseFunctions HTTP API")
            .AddPreferredSecuritySchemes(KeySecuritySchemes.HeaderScheme)
            .DisableDefaultFonts()
            .DisableAgent()
            .DisableMcp()
            .DisableTelemetry()
            .HideDeveloperTools()
            .HideClientButton());
        return endpoints;
    }
}
