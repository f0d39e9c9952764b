using GseFunctions.Api.Hosting;
using GseFunctions.Api.Management;
using GseFunctions.Functions.Edge;
using GseFunctions.Functions.Management;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);

// ASP.NET Core integration: HttpRequest in, IResult out. Middleware added after it runs inside its HTTP proxying.
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<ProblemDetailsWorkerMiddleware>();

builder.Services.AddGseFunctionsApi();
builder.Services.TryAddSingleton<IManagementUrls, FunctionsManagementUrls>();

await builder.Build().RunAsync();
