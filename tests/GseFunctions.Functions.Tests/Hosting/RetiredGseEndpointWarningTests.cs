using GseFunctions.Functions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GseFunctions.Functions.Tests.Hosting;

/// <summary>The Functions app, like the self-host, warns at start when Gse:Endpoint is the retired public GSE.</summary>
public sealed class RetiredGseEndpointWarningTests
{
    [Fact]
    public void AddGseFunctionsApp_RegistersTheRetiredEndpointWarning() =>
        Assert.Single(
            new ServiceCollection().AddGseFunctionsApp(),
            d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.FullName == "GseFunctions.Api.Health.RetiredGseEndpoint+Warning");
}
