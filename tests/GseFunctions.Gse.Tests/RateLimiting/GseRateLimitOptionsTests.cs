using GseFunctions.Gse.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GseFunctions.Gse.Tests.RateLimiting;

/// <summary><c>Gse:RateLimits</c>: defaults, binding of the named settings and of action keys, validation at start.</summary>
public sealed class GseRateLimitOptionsTests
{
    [Fact]
    public void Defaults_AreTheDocumentedFigures()
    {
        var options = Resolve([]);

        Assert.True(options.Enabled);
        Assert.Equal(20, options.Default);
        Assert.Equal(1000, options.LimitOf("CreateGameServerSession"));
        Assert.Equal(1000, options.LimitOf("JoinGameServerSession"));
        Assert.Equal(20, options.LimitOf("UpdateAlias"));
        Assert.Equal(20, options.LimitOf("DescribeFleetAttributes"));
        Assert.Equal(TimeSpan.FromSeconds(30), options.MaxWait);
        Assert.Equal(10_000, options.QueueLimit);
    }

    [Fact]
    public void Binding_ReadsSettingsAndActionKeysInAnyCase()
    {
        var options = Resolve(new()
        {
            ["Gse:RateLimits:Default"] = "7",
            ["Gse:RateLimits:updatealias"] = "3",
            ["Gse:RateLimits:CreateGameServerSession"] = "0",
            ["Gse:RateLimits:MaxWait"] = "00:00:05",
            ["Gse:RateLimits:QueueLimit"] = "9",
        });

        Assert.Equal(7, options.LimitOf("DescribeFleetCapacity"));
        Assert.Equal(3, options.LimitOf("UpdateAlias"));
        Assert.Equal(0, options.LimitOf("CreateGameServerSession"));
        Assert.Equal(1000, options.LimitOf("JoinGameServerSession"));
        Assert.Equal(TimeSpan.FromSeconds(5), options.MaxWait);
        Assert.Equal(9, options.QueueLimit);
    }

    [Fact]
    public void Binding_EnabledFalse_LimitsNothing()
    {
        var options = Resolve(new() { ["Gse:RateLimits:Enabled"] = "false", ["Gse:RateLimits:UpdateAlias"] = "1" });

        Assert.Equal(0, options.LimitOf("UpdateAlias"));
        Assert.Equal(0, options.LimitOf("CreateGameServerSession"));
    }

    [Fact]
    public void Validation_NamesEveryBadKey()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new()
        {
            ["Gse:RateLimits:Frobnicate"] = "3",
            ["Gse:RateLimits:Default"] = "-1",
            ["Gse:RateLimits:UpdateAlias"] = "lots",
            ["Gse:RateLimits:CopyFleet"] = "100001",
            ["Gse:RateLimits:MaxWait"] = "soon",
            ["Gse:RateLimits:QueueLimit"] = "-5",
            ["Gse:RateLimits:Enabled"] = "yes",
            ["Gse:RateLimits:DescribeAlias:Limit"] = "1",
        }));

        Assert.Contains("Gse:RateLimits:Frobnicate: 'Frobnicate' is not a GSE action", error.Message, StringComparison.Ordinal);
        Assert.Contains("Gse:RateLimits:Default: -1 is out of range", error.Message, StringComparison.Ordinal);
        Assert.Contains("Gse:RateLimits:UpdateAlias: 'lots' is not a whole number", error.Message, StringComparison.Ordinal);
        Assert.Contains("Gse:RateLimits:CopyFleet: 100001 is out of range", error.Message, StringComparison.Ordinal);
        Assert.Contains("Gse:RateLimits:MaxWait: 'soon' is not a time span", error.Message, StringComparison.Ordinal);
        Assert.Contains("Gse:RateLimits:QueueLimit: -5 is out of range", error.Message, StringComparison.Ordinal);
        Assert.Contains("Gse:RateLimits:Enabled: 'yes' is not true or false", error.Message, StringComparison.Ordinal);
        Assert.Contains("Gse:RateLimits:DescribeAlias: expected a value, found a section", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_CodeSideUnknownAction_IsRefused()
    {
        var services = Services([]);
        services.Configure<GseRateLimitOptions>(o => o.Actions["NoSuchAction"] = 1);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GseRateLimitOptions>>().Value);

        Assert.Contains("Gse:RateLimits:NoSuchAction", error.Message, StringComparison.Ordinal);
    }

    private static GseRateLimitOptions Resolve(Dictionary<string, string?> settings)
    {
        using var provider = Services(settings).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<GseRateLimitOptions>>().Value;
    }

    private static ServiceCollection Services(Dictionary<string, string?> settings)
    {
        settings["Gse:SecretId"] = "AKIDX";
        settings["Gse:SecretKey"] = "key";
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddGseClient();
        return services;
    }
}
