using GseFunctions.Rollouts.Hosting;
using GseFunctions.SelfHost;
using GseFunctions.SelfHost.Durable;

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
catch (Exception e) when (StartFailures.Of(e) is { Count: > 0 } failures)
{
    // Invalid settings: one line per problem, naming keys, never values; no stack trace.
    foreach (var failure in failures)
    {
        await Console.Error.WriteLineAsync("GseFunctions.SelfHost: invalid configuration: " + failure);
    }

    return 1;
}
