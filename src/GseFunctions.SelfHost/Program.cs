using GseFunctions.Rollouts.Hosting;
using GseFunctions.SelfHost;
using GseFunctions.SelfHost.Durable;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);
builder.AddSelfHostApi(args);
builder.Services.AddHostedService<GseClientWarmUp>();
builder.AddDurableBackend(RolloutTasks.Register);

var app = builder.Build();
try
{
    app.MapSelfHostApi();
    await app.RunAsync();
    return 0;
}
catch (OptionsValidationException e)
{
    // Invalid settings: one line per problem, naming keys, never values; no stack trace.
    await Console.Error.WriteLineAsync("GseFunctions.SelfHost: invalid configuration:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", e.Failures));
    return 1;
}
