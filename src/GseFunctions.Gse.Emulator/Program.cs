using GseFunctions.Gse.Emulator;
using GseFunctions.Gse.Emulator.Hosting;
using GseFunctions.Gse.Emulator.Wire;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddLocalGse(builder.Configuration);

var app = builder.Build();
app.MapLocalGse();

var options = app.Services.GetRequiredService<IOptions<LocalGseOptions>>().Value;
Log.Started(app.Logger, options.TimeScale, options.SecretId);
await app.RunAsync();

/// <summary>Entry point; public so tests can host it.</summary>
public partial class Program;
