using System.Text.Json;
using GseFunctions.Api.Problems;
using GseFunctions.Functions.Edge;
using GseFunctions.Gse;
using GseFunctions.Rollouts.Starting;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Moq;

namespace GseFunctions.Functions.Tests.Edge;

/// <summary>The worker middleware at the Functions app's edge: exceptions from HTTP functions become problem details.</summary>
public sealed class ProblemDetailsWorkerMiddlewareTests
{
    private readonly Mock<ILogger<ProblemDetailsWorkerMiddleware>> _logger = new();

    public ProblemDetailsWorkerMiddlewareTests() => _logger.Setup(l => l.IsEnabled(It.IsAny<LogLevel>())).Returns(true);

    [Fact]
    public async Task Invoke_ApiProblemException_WritesItsProblemDetails()
    {
        var http = NewHttpContext();

        await InvokeAsync(http, new ApiProblemException(StatusCodes.Status409Conflict, "Conflict", "Alias is busy.") { RetryAfterSeconds = 7 });

        Assert.Equal(409, http.Response.StatusCode);
        Assert.Equal("application/problem+json", http.Response.ContentType);
        Assert.Equal("7", http.Response.Headers.RetryAfter.ToString());
        var body = Body(http);
        Assert.Equal("Conflict", body.GetProperty("title").GetString());
        Assert.Equal("Alias is busy.", body.GetProperty("detail").GetString());
        Assert.Equal("/api/aliases/a-1", body.GetProperty("instance").GetString());
        VerifyNothingLogged();
    }

    [Fact]
    public async Task Invoke_GseException_WritesTheMappedProblem()
    {
        var http = NewHttpContext();
        var thrown = new GseException(GseErrorCodes.ResourceNotFound, "no such alias", "req-1", "DescribeAlias");

        await InvokeAsync(http, thrown);

        var expected = ApiExceptionMapper.TryMap(thrown)!;
        Assert.Equal(expected.Status, http.Response.StatusCode);
        Assert.Equal(expected.Title, Body(http).GetProperty("title").GetString());
        VerifyNothingLogged();
    }

    [Fact]
    public async Task Invoke_RolloutValidationException_WritesA400WithTheFieldErrors()
    {
        var http = NewHttpContext();
        var errors = new Dictionary<string, string[]> { ["aliasId"] = ["The alias id is required."] };

        await InvokeAsync(http, new RolloutValidationException(errors));

        Assert.Equal(400, http.Response.StatusCode);
        Assert.Equal("The alias id is required.", Body(http).GetProperty("errors").GetProperty("aliasId")[0].GetString());
    }

    [Fact]
    public async Task Invoke_UnexpectedException_Writes500WithoutItsMessageAndLogsIt()
    {
        var http = NewHttpContext();

        await InvokeAsync(http, new InvalidOperationException("secret internals"));

        Assert.Equal(500, http.Response.StatusCode);
        var text = new StreamReader(Rewound(http)).ReadToEnd();
        Assert.DoesNotContain("secret internals", text, StringComparison.Ordinal);
        Assert.Equal("Internal Server Error", JsonDocument.Parse(text).RootElement.GetProperty("title").GetString());
        _logger.Verify(
            l => l.Log(LogLevel.Error, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), It.Is<Exception>(e => e.Message == "secret internals"), It.IsAny<Func<It.IsAnyType, Exception?, string>>()),
            Times.Once());
    }

    [Fact]
    public async Task Invoke_NoException_LeavesTheResponseAlone()
    {
        var http = NewHttpContext();
        var middleware = new ProblemDetailsWorkerMiddleware(_logger.Object);

        await middleware.Invoke(FunctionContextFor(http), _ => Task.CompletedTask);

        Assert.Equal(200, http.Response.StatusCode);
        Assert.Equal(0, http.Response.Body.Length);
    }

    [Fact]
    public async Task Invoke_NotAnHttpFunction_LetsTheExceptionThrough()
    {
        var middleware = new ProblemDetailsWorkerMiddleware(_logger.Object);
        var thrown = new ApiProblemException("activity failure");

        var e = await Assert.ThrowsAsync<ApiProblemException>(() => middleware.Invoke(FunctionContextFor(null), _ => throw thrown));

        Assert.Same(thrown, e);
    }

    [Fact]
    public async Task Invoke_ResponseAlreadyStarted_LetsTheExceptionThrough()
    {
        var http = NewHttpContext();
        var started = new Mock<Microsoft.AspNetCore.Http.Features.IHttpResponseFeature>();
        started.SetupGet(f => f.HasStarted).Returns(true);
        started.SetupProperty(f => f.StatusCode, 200);
        started.SetupProperty(f => f.Headers, new HeaderDictionary());
        http.Features.Set(started.Object);
        var middleware = new ProblemDetailsWorkerMiddleware(_logger.Object);

        await Assert.ThrowsAsync<ApiProblemException>(() => middleware.Invoke(FunctionContextFor(http), _ => throw new ApiProblemException("late")));
    }

    private static DefaultHttpContext NewHttpContext()
    {
        var http = new DefaultHttpContext();
        http.Request.Method = "GET";
        http.Request.Path = "/api/aliases/a-1";
        http.Request.QueryString = new QueryString("?code=never-echoed");
        http.Response.Body = new MemoryStream();
        return http;
    }

    /// <summary>A function invocation as the ASP.NET Core integration hands it on: the HttpContext in <see cref="FunctionContext.Items"/> (absent for non-HTTP triggers).</summary>
    private static FunctionContext FunctionContextFor(HttpContext? http)
    {
        var items = new Dictionary<object, object>();
        if (http is not null)
        {
            items["HttpRequestContext"] = http;
        }

        var definition = new Mock<FunctionDefinition>();
        definition.SetupGet(d => d.Name).Returns("GetAlias");
        var context = new Mock<FunctionContext>();
        context.SetupGet(c => c.Items).Returns(items);
        context.SetupGet(c => c.FunctionDefinition).Returns(definition.Object);
        return context.Object;
    }

    private async Task InvokeAsync(HttpContext http, Exception thrown)
    {
        var middleware = new ProblemDetailsWorkerMiddleware(_logger.Object);
        await middleware.Invoke(FunctionContextFor(http), _ => throw thrown);
    }

    private static Stream Rewound(HttpContext http)
    {
        http.Response.Body.Position = 0;
        return http.Response.Body;
    }

    private static JsonElement Body(HttpContext http)
    {
        var text = new StreamReader(Rewound(http)).ReadToEnd();
        Assert.DoesNotContain("never-echoed", text, StringComparison.Ordinal);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private void VerifyNothingLogged() =>
        _logger.Verify(l => l.Log(It.IsAny<LogLevel>(), It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), It.IsAny<Exception?>(), It.IsAny<Func<It.IsAnyType, Exception?, string>>()), Times.Never());
}
