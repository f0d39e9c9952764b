using System.Diagnostics;
using GseFunctions.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Http;

namespace GseFunctions.ServiceDefaults.Tests.Telemetry;

public sealed class TelemetryFiltersTests
{
    [Theory]
    [InlineData("application/json", true)]
    [InlineData(null, true)]
    [InlineData("application/grpc", false)]
    [InlineData("application/grpc+proto", false)]
    public void IsTracedRequest_ByContentType_LeavesOutGrpc(string? contentType, bool traced)
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = contentType;

        Assert.Equal(traced, TelemetryFilters.IsTracedRequest(context));
    }

    [Fact]
    public void IsTracedHttpCall_GrpcInsideAnOperation_IsLeftOut()
    {
        using var source = new ActivitySource(nameof(IsTracedHttpCall_GrpcInsideAnOperation_IsLeftOut));
        using var listener = ListenTo(source.Name);
        using var operation = source.StartActivity("operation");
        using var call = source.StartActivity("call");
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://localhost/TaskHubSidecarService/CompleteActivityTask")
        {
            Content = new ByteArrayContent([]) { Headers = { { "Content-Type", "application/grpc" } } },
        };

        Assert.False(TelemetryFilters.IsTracedHttpCall(request));
    }

    [Fact]
    public void IsTracedHttpCall_InsideAnOperation_IsTraced_AndWithoutOne_IsNot()
    {
        using var source = new ActivitySource(nameof(IsTracedHttpCall_InsideAnOperation_IsTraced_AndWithoutOne_IsNot));
        using var listener = ListenTo(source.Name);
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:10001/devstoreaccount1/hub-control-00/messages");
        var previous = Activity.Current;
        Activity.Current = null;
        try
        {
            using (source.StartActivity("background poll"))
            {
                Assert.False(TelemetryFilters.IsTracedHttpCall(request));
            }

            using var operation = source.StartActivity("GSE DescribeFleetAttributes");
            using var call = source.StartActivity("POST");
            Assert.True(TelemetryFilters.IsTracedHttpCall(request));
        }
        finally
        {
            Activity.Current = previous;
        }
    }

    private static ActivityListener ListenTo(string name)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
