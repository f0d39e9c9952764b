using GseFunctions.Rollouts.Hosting;
using GseFunctions.SelfHost.Durable;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRollouts();
builder.AddDurableBackend(RolloutTasks.Register);

var app = builder.Build();
await app.RunAsync();

