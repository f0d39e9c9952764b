using System.Globalization;
using GseFunctions.Gse.Emulator.Admin;
using GseFunctions.Gse.Emulator.Faults;
using GseFunctions.Gse.Emulator.Simulation;
using GseFunctions.Gse.Emulator.Traffic;
using GseFunctions.Gse.Emulator.Wire;
using GseFunctions.Gse.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GseFunctions.Gse.Emulator.Hosting;

/// <summary>Composition of the local GSE: services and endpoints.</summary>
internal static class LocalGseHostExtensions
{
    /// <summary>
    /// Registers the local GSE. Settings come from the <c>LocalGse</c> section (wire, faults, traffic, rate limits) and
    /// <c>LocalGse:Simulation</c>, with the environment variables <c>GSE_SECRET_ID</c>, <c>GSE_SECRET_KEY</c>
    /// and <c>GSE_TIME_SCALE</c> taking precedence. A <see cref="SimulationClock"/> registered before this call
    /// (tests use a fake clock) replaces the scaled real-time clock.
    /// </summary>
    public static IServiceCollection AddLocalGse(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LocalGseOptions>()
            .Bind(configuration.GetSection(LocalGseOptions.SectionName))
            .PostConfigure(o => ApplyEnvironment(o, configuration))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<SimulationOptions>()
            .Bind(configuration.GetSection(LocalGseOptions.SectionName + ":Simulation"))
            .ValidateDataAnnotations()
            .Validate(o => o.Problem() is null, "LocalGse:Simulation is inconsistent: check the match lengths, intervals and durations.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var scale = sp.GetRequiredService<IOptions<LocalGseOptions>>().Value.TimeScale;
            return new SimulationClock(new ScaledTimeProvider(sp.GetRequiredService<TimeProvider>(), scale), scale);
        });
        services.TryAddSingleton(sp => new GseSimulation(
            sp.GetRequiredService<IOptions<SimulationOptions>>().Value,
            sp.GetRequiredService<SimulationClock>().Time,
            sp.GetRequiredService<ILogger<GseSimulation>>()));
        services.TryAddSingleton<GseActionDispatcher>();
        services.TryAddSingleton<CallReader>();
        services.TryAddSingleton<CallCounter>();
        services.TryAddSingleton<ResourceCallLog>();
        services.TryAddSingleton(sp =>
        {
            var injector = new FaultInjector(sp.GetRequiredService<TimeProvider>());
            var rules = configuration.GetSection(LocalGseOptions.SectionName + ":Faults").Get<List<FaultRule>>() ?? [];
            var problem = rules.Select((r, i) => r.Problem() is { } p ? $"LocalGse:Faults:{i}: {p}" : null).FirstOrDefault(p => p is not null);
            if (problem is not null)
            {
                throw new OptionsValidationException(nameof(FaultRule), typeof(FaultRule), [problem]);
            }

            injector.Replace(rules);
            return injector;
        });
        // LocalGse:RateLimits, read like the client's Gse:RateLimits but off unless Enabled is true (MaxWait and
        // QueueLimit are the client's and mean nothing here); a named instance, so it never mixes with the client's.
        const string rateLimits = LocalGseOptions.SectionName + ":RateLimits";
        services.AddOptions<GseRateLimitOptions>(rateLimits)
            .Configure(o =>
            {
                o.Enabled = false;
                GseRateLimitConfiguration.Bind(configuration.GetSection(rateLimits), o);
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<GseRateLimitOptions>>(new LocalRateLimitsValidator(new GseRateLimitOptionsValidator(rateLimits, rateLimits)));
        services.TryAddSingleton(sp =>
        {
            var enforcer = new RateLimitEnforcer(sp.GetRequiredService<TimeProvider>());
            enforcer.Replace(sp.GetRequiredService<IOptionsMonitor<GseRateLimitOptions>>().Get(rateLimits));
            return enforcer;
        });
        services.AddHostedService<SimulationTicker>();
        services.TryAddSingleton(sp =>
        {
            var traffic = new TrafficGenerator(sp.GetRequiredService<GseSimulation>());
            var settings = configuration.GetSection(LocalGseOptions.SectionName + ":Traffic").Get<TrafficSettings>() ?? new TrafficSettings();
            if (settings.Problem() is { } problem)
            {
                throw new OptionsValidationException(nameof(TrafficSettings), typeof(TrafficSettings), ["LocalGse:Traffic: " + problem]);
            }

            traffic.Configure(settings);
            return traffic;
        });
        services.AddHostedService(sp => sp.GetRequiredService<TrafficGenerator>());
        services.AddProblemDetails();
        return services;
    }

    /// <summary>Maps the Tencent API surface (<c>/</c>) and the admin surface (<c>/_emulator</c>).</summary>
    public static IEndpointRouteBuilder MapLocalGse(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/", ["POST", "GET"], GseEndpoint.HandleAsync).DisableAntiforgery();
        app.MapLocalGseAdmin();
        return app;
    }

    private static void ApplyEnvironment(LocalGseOptions options, IConfiguration configuration)
    {
        if (configuration["GSE_SECRET_ID"] is { Length: > 0 } id)
        {
            options.SecretId = id;
        }

        if (configuration["GSE_SECRET_KEY"] is { Length: > 0 } key)
        {
            options.SecretKey = key;
        }

        if (configuration["GSE_TIME_SCALE"] is { Length: > 0 } scale)
        {
            options.TimeScale = double.TryParse(scale, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new OptionsValidationException(nameof(LocalGseOptions), typeof(LocalGseOptions), [$"GSE_TIME_SCALE must be a number (got '{scale}')."]);
        }
    }

    /// <summary>The local GSE's own validator type, so the client's (registered once per type) is never taken for it.</summary>
    private sealed class LocalRateLimitsValidator(GseRateLimitOptionsValidator inner) : IValidateOptions<GseRateLimitOptions>
    {
        public ValidateOptionsResult Validate(string? name, GseRateLimitOptions options) => inner.Validate(name, options);
    }
}
