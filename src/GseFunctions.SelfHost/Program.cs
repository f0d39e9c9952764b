using GseFunctions.Rollouts.Hosting;
using GseFunctions.SelfHost;
using GseFunctions.SelfHost.Configuration;
using GseFunctions.SelfHost.Durable;
using Microsoft.Extensions.Options;

if (args is [HealthProbe.Switch])
{
    return await HealthProbe.RunAsync();
}

var builder = WebApplication.CreateBuilder(args);
builder.AddSelfHostApi(args);
builder.Services.AddHostedService<GseClientWarmUp>();
builder.AddDurableBackend(RolloutTasks.Register);

var app = builder.Build();
if (ProductionGuard.Check(app.Configuration) is { Count: > 0 } refusals)
{
    foreach (var refusal in refusals)
    {
        await Console.Error.WriteLineAsync("GseFunctions.SelfHost: refusing to start: " + refusal);
    }

    return 1;
}

try
{
    // Settings are checked before the host resolves its hosted services (the Durable backend's reads its options), so
    // a bad value ends the start here, reported below, rather than as the host's own failure with a stack trace.
    app.Services.GetService<IStartupValidator>()?.Validate();
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
