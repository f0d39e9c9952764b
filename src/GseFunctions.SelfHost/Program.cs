using GseFunctions.Rollouts.Hosting;
using GseFunctions.SelfHost;
using GseFunctions.SelfHost.Durable;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRollouts();
builder.Services.AddHostedService<GseClientWarmUp>();
builder.AddDurableBackend(RolloutTasks.Register);

var app = builder.Build();
await app.RunAsync();

