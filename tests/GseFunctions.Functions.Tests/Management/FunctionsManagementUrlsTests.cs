using GseFunctions.Functions.Management;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Moq;

namespace GseFunctions.Functions.Tests.Management;

/// <summary>
/// The Functions app's management URLs are the Durable extension's own payload, field by field. The client here is
/// the extension's (what <c>[DurableClient]</c> binds: the host's webhook base URL and its task hub, connection and
/// system key), built as the binding builds it.
/// </summary>
public sealed class FunctionsManagementUrlsTests
{
    private const string BaseUrl = "https://gse-fn.azurewebsites.net/runtime/webhooks/durabletask";
    private const string Query = "taskHub=GseFunctions&connection=Storage&code=SYSTEMKEY";

    [Fact]
    public void Create_BoundClient_MapsTheExtensionsPayloadFieldByField()
    {
        var client = BoundClient();
        var extension = client.CreateHttpManagementPayload("rollout 1/a");

        var payload = new FunctionsManagementUrls().Create(new DefaultHttpContext().Request, client, "rollout 1/a");

        Assert.Equal(extension.Id, payload.Id);
        Assert.Equal(extension.StatusQueryGetUri, payload.StatusQueryGetUri);
        Assert.Equal(extension.SendEventPostUri, payload.SendEventPostUri);
        Assert.Equal(extension.TerminatePostUri, payload.TerminatePostUri);
        Assert.Equal(extension.PurgeHistoryDeleteUri, payload.PurgeHistoryDeleteUri);
        Assert.Equal(extension.RestartPostUri, payload.RestartPostUri);
        Assert.Equal(extension.SuspendPostUri, payload.SuspendPostUri);
        Assert.Equal(extension.ResumePostUri, payload.ResumePostUri);
    }

    [Fact]
    public void Create_BoundClient_PointsAtTheHostsWebhooksWithItsKey()
    {
        var payload = new FunctionsManagementUrls().Create(new DefaultHttpContext().Request, BoundClient(), "rollout 1/a");

        const string instance = BaseUrl + "/instances/rollout%201%2Fa";
        Assert.Equal("rollout 1/a", payload.Id);
        Assert.Equal($"{instance}?{Query}", payload.StatusQueryGetUri);
        Assert.Equal($"{instance}/raiseEvent/{{eventName}}?{Query}", payload.SendEventPostUri);
        Assert.Equal($"{instance}/terminate?reason={{text}}&{Query}", payload.TerminatePostUri);
        Assert.Equal($"{instance}?{Query}", payload.PurgeHistoryDeleteUri);
        Assert.Equal($"{instance}/restart?{Query}", payload.RestartPostUri);
        Assert.Equal($"{instance}/suspend?reason={{text}}&{Query}", payload.SuspendPostUri);
        Assert.Equal($"{instance}/resume?reason={{text}}&{Query}", payload.ResumePostUri);
    }

    [Fact]
    public void Create_RequestWithAForeignHostHeader_LinksStayOnTheFunctionsHost()
    {
        // The base comes from the binding (the Functions host's own host name), not from the request.
        var request = new DefaultHttpContext().Request;
        request.Scheme = "http";
        request.Host = new HostString("evil.example");

        var payload = new FunctionsManagementUrls().Create(request, BoundClient(), "rollout-1");

        Assert.All(
            new[] { payload.StatusQueryGetUri, payload.SendEventPostUri, payload.TerminatePostUri, payload.PurgeHistoryDeleteUri, payload.RestartPostUri, payload.SuspendPostUri, payload.ResumePostUri },
            u => Assert.StartsWith(BaseUrl + "/instances/rollout-1", u, StringComparison.Ordinal));
    }

    [Fact]
    public void Create_ClientNotFromTheBinding_Throws()
    {
        var client = new Mock<DurableTaskClient>("plain").Object;

        Assert.Throws<InvalidOperationException>(() => new FunctionsManagementUrls().Create(new DefaultHttpContext().Request, client, "rollout-1"));
    }

    /// <summary>The extension's FunctionsDurableTaskClient (internal), as its <c>[DurableClient]</c> converter creates it.</summary>
    private static DurableTaskClient BoundClient()
    {
        var type = typeof(Microsoft.Azure.Functions.Worker.DurableTaskClientExtensions).Assembly.GetType("Microsoft.Azure.Functions.Worker.FunctionsDurableTaskClient");
        Assert.True(type is not null, "The Durable extension has no FunctionsDurableTaskClient any more: update this test.");
        var constructor = Assert.Single(type.GetConstructors());
        var inner = new Mock<DurableTaskClient>("inner").Object;
        var arguments = constructor.GetParameters().Select(p => p.Name switch
        {
            "inner" => inner,
            "queryString" => Query,
            "httpBaseUrl" => (object?)BaseUrl,
            _ => null,
        }).ToArray();
        return (DurableTaskClient)constructor.Invoke(arguments);
    }
}
