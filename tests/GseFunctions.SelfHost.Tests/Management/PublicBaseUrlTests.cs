using GseFunctions.SelfHost.Configuration;
using GseFunctions.SelfHost.Management;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace GseFunctions.SelfHost.Tests.Management;

/// <summary>Where the management URIs point: the configured base, else where the self-host listens; never a request's Host.</summary>
public sealed class PublicBaseUrlTests
{
    [Theory]
    [InlineData("https://gse.example.com", "https://gse.example.com")]
    [InlineData("https://gse.example.com/", "https://gse.example.com")]
    [InlineData("https://example.com/gse/", "https://example.com/gse")]
    public void Value_Configured_IsTheConfiguredUrlWithoutTrailingSlash(string configured, string expected)
    {
        var url = BaseUrl(configured, ["http://127.0.0.1:7071"]);

        Assert.Equal(expected, url.Value);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5123", "http://127.0.0.1:5123")]
    [InlineData("https://localhost:7443", "https://localhost:7443")]
    [InlineData("http://[::1]:5123", "http://[::1]:5123")]
    [InlineData("http://0.0.0.0:8080", "http://localhost:8080")]
    [InlineData("http://[::]:8080", "http://localhost:8080")]
    public void Value_NotConfigured_IsTheFirstListeningAddress(string listening, string expected)
    {
        var url = BaseUrl(null, [listening, "http://127.0.0.1:9999"]);

        Assert.Equal(expected, url.Value);
    }

    [Theory]
    [InlineData("http://127.0.0.1:6001;http://127.0.0.1:6002", "http://127.0.0.1:6001")]
    [InlineData("http://+:8080", "http://localhost:8080")]
    [InlineData(null, "http://127.0.0.1:7071")]
    public void Value_ServerWithoutAddresses_IsTheUrlsSettingElseTheDefault(string? urls, string expected)
    {
        var url = BaseUrl(null, [], urls);

        Assert.Equal(expected, url.Value);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    [InlineData("ftp://gse.example.com")]
    [InlineData("https://user:secret@gse.example.com")]
    [InlineData("https://gse.example.com/?code=x")]
    [InlineData("https://gse.example.com/#top")]
    public void Validate_UnusableUrl_FailsNamingTheKeyNotTheValue(string value)
    {
        var result = new PublicUrlOptionsValidator().Validate(null, new PublicUrlOptions { PublicBaseUrl = value });

        Assert.True(result.Failed);
        Assert.Contains("Host:PublicBaseUrl", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(value, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("http://127.0.0.1:7071")]
    [InlineData("https://example.com/gse")]
    public void Validate_AbsoluteHttpUrlOrNothing_Succeeds(string? value)
    {
        Assert.True(new PublicUrlOptionsValidator().Validate(null, new PublicUrlOptions { PublicBaseUrl = value }).Succeeded);
    }

    private static PublicBaseUrl BaseUrl(string? configured, string[] listening, string? urls = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = urls }).Build();
        return new PublicBaseUrl(Options.Create(new PublicUrlOptions { PublicBaseUrl = configured }), new ListeningServer(listening), configuration);
    }

    private sealed class ListeningServer : IServer
    {
        public ListeningServer(string[] addresses)
        {
            var feature = new ServerAddressesFeature();
            foreach (var address in addresses)
            {
                feature.Addresses.Add(address);
            }

            Features.Set<IServerAddressesFeature>(feature);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
