using GseFunctions.Rollouts.Hosting;
using GseFunctions.SelfHost;
using GseFunctions.SelfHost.Durable;

var builder = WebApplication.CreateBuilder(args);
builder.AddSelfHostApi(args);
builder.Services.AddHostedService<GseClientWarmUp>();
builder.AddDurableBackend(RolloutTasks.Register);

var app = builder.Build();
app.MapSelfHostApi();
await app.RunAsync();
