using GseFunctions.Api.Hosting;
using GseFunctions.Api.Management;
using GseFunctions.Api.Rollouts;
using GseFunctions.SelfHost.Auth;
using GseFunctions.SelfHost.Configuration;
using GseFunctions.SelfHost.DurableHttpApi;
using GseFunctions.SelfHost.Edge;
using GseFunctions.SelfHost.Endpoints;
using GseFunctions.SelfHost.Management;
using GseFunctions.SelfHost.OpenApi;
using GseFunctions.ServiceDefaults.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GseFunctions.SelfHost;

/// <summary>The self-host's HTTP side: Functions-style settings, keys, the API routes and its edge.</summary>
internal static class SelfHostApiExtensions
{
    /// <summary>
    /// Reads <c>local.settings.json</c>, listens on http://127.0.0.1:7071 unless told otherwise, and registers the API's
    /// services, the key checks and the public base URL of the management URIs (both validated at start).
    /// </summary>
    public static WebApplicationBuilder AddSelfHostApi(this WebApplicationBuilder builder, string[] args)
    {
        LocalSettingsConfiguration.Add(builder, args);
        SelfHostUrls.Apply(builder);

        // The hosting diagnostics log the request line with its query, which may carry a key (code=...).
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);

        // Before the API's services, which add the Durable client's history reader only when none is registered.
        builder.Services.TryAddSingleton<IRolloutTimelineHistory, StorageRolloutTimelineHistory>();
        builder.Services.AddGseFunctionsApi();
        builder.Services.AddGseFunctionsTelemetry(builder.Configuration);
        builder.Services.AddOptions<FunctionKeysOptions>().BindConfiguration(FunctionKeysOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Options.IValidateOptions<FunctionKeysOptions>, FunctionKeysOptionsValidator>());
        builder.Services.TryAddSingleton<FunctionKeyVerifier>();
        builder.Services.AddOptions<PublicUrlOptions>().BindConfiguration(PublicUrlOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Options.IValidateOptions<PublicUrlOptions>, PublicUrlOptionsValidator>());
        builder.Services.TryAddSingleton<PublicBaseUrl>();
        builder.Services.TryAddSingleton<IManagementUrls, SelfHostManagementUrls>();
        builder.Services.AddSelfHostOpenApi();
        return builder;
    }

    /// <summary>
    /// The edge (HEAD without a body; problem details for exceptions and for the 404/405 routing answers) and every
    /// route: the table's, the Durable webhooks, OpenAPI; each GET also answers HEAD.
    /// </summary>
    public static WebApplication MapSelfHostApi(this WebApplication app)
    {
        app.UseMiddleware<HeadResponseMiddleware>();
        app.UseStatusCodePages(StatusCodeProblems.WriteAsync);
        app.UseMiddleware<ProblemDetailsMiddleware>();
        var routes = app.MapGroup(string.Empty).AnswerHeadBesideGet();
        routes.MapHealthEndpoints()
            .MapAliasEndpoints()
            .MapFleetEndpoints()
            .MapSessionEndpoints()
            .MapRolloutEndpoints()
            .MapScheduleEndpoints()
            .MapDashboardEndpoints()
            .MapDurableWebhookEndpoints();
        routes.MapSelfHostOpenApi();
        return app;
    }
}
