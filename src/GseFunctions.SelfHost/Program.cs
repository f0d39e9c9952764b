using GseFunctions.Rollouts.Hosting;
using GseFunctions.SelfHost.Durable;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRollouts();
builder.AddDurableBackend(RolloutTasks.Register);

var app = builder.Build();
await app.RunAsync();

/// <summary>The self-host's entry point (public for <c>WebApplicationFactory</c> in tests).</summary>
public partial class Program;
