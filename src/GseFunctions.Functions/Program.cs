using GseFunctions.Functions.Edge;
using GseFunctions.Functions.Hosting;
using GseFunctions.ServiceDefaults.Telemetry;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);

// ASP.NET Core integration: HttpRequest in, IResult out. It adds its HTTP proxying middleware right here, so the edge
// middleware added next runs inside it and finds the request's HttpContext.
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<ProblemDetailsWorkerMiddleware>();

builder.Services.AddGseFunctionsApp();
// With an exporter, the worker's spans join the Functions host's (host.json telemetryMode OpenTelemetry): the invocation
// span is the parent of ours, and the function name and invocation id are on each.
builder.Services.AddGseFunctionsTelemetry(builder.Configuration, static openTelemetry => openTelemetry.UseFunctionsWorkerDefaults());

await builder.Build().RunAsync();
