using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GseFunctions.Gse.Tests;

public sealed class GseServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<GseClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddGseClient(configure);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddGseClient_BindsGseSection_AndResolvesTheClient()
    {
        using var provider = Build(new()
        {
            ["Gse:Endpoint"] = "http://127.0.0.1:5080/",
            ["Gse:Region"] = "ap-guangzhou",
            ["Gse:SecretId"] = "AKIDX",
            ["Gse:SecretKey"] = "key",
            ["Gse:Timeout"] = "00:00:07",
        });

        var options = provider.GetRequiredService<IOptions<GseClientOptions>>().Value;
        var client = provider.GetRequiredService<GseClient>();

        Assert.Equal(new Uri("http://127.0.0.1:5080/"), options.Endpoint);
        Assert.Equal(TimeSpan.FromSeconds(7), options.Timeout);
        Assert.Equal("ap-guangzhou", client.Region);
    }

    [Fact]
    public void AddGseClient_CodeConfigurationAppliesAfterBinding()
    {
        using var provider = Build(new() { ["Gse:SecretId"] = "AKIDX", ["Gse:SecretKey"] = "key" }, o => o.Region = "ap-beijing");

        Assert.Equal("ap-beijing", provider.GetRequiredService<IOptions<GseClientOptions>>().Value.Region);
    }

    [Fact]
    public void AddGseClient_WithoutConfigurationService_UsesCodeSettings()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGseClient(o =>
        {
            o.SecretId = "AKIDX";
            o.SecretKey = "key";
            o.Endpoint = new Uri("http://127.0.0.1:9/");
        });
        using var provider = services.BuildServiceProvider();

        Assert.Equal("ap-shanghai", provider.GetRequiredService<GseClient>().Region);
    }

    [Fact]
    public void AddGseClient_MissingSecretKey_FailsValidationWithoutShowingSecrets()
    {
        using var provider = Build(new() { ["Gse:SecretId"] = "AKIDX" });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GseClientOptions>>().Value);

        Assert.Contains("SecretKey", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddGseClient_NonHttpEndpoint_FailsValidation()
    {
        using var provider = Build(new() { ["Gse:SecretId"] = "AKIDX", ["Gse:SecretKey"] = "k", ["Gse:Endpoint"] = "ftp://example/" });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GseClientOptions>>().Value);

        Assert.Contains("http", ex.Message, StringComparison.Ordinal);
    }
}
