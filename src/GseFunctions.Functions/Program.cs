using GseFunctions.Functions.Edge;
using GseFunctions.Functions.Hosting;
using GseFunctions.ServiceDefaults.Telemetry;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);

// ASP.NET Core integration: HttpRequest in, IResult out. It adds its HTTP proxying middleware right here, so the edge
// middleware added next runs inside it and finds the request's HttpContext.
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<ProblemDetailsWorkerMiddleware>();

builder.Services.AddGseFunctionsApp();
builder.Services.AddGseFunctionsTelemetry(builder.Configuration);

await builder.Build().RunAsync();
