using System.Net;
using GseFunctions.Demo.Api;

namespace GseFunctions.Demo.Tests.Api;

public sealed class ProblemTextTests
{
    [Fact]
    public void Kind_ProblemWithType_StatusAndType()
    {
        Assert.Equal("503 https://example.test/no-capacity", ProblemText.Kind(HttpStatusCode.ServiceUnavailable, """{"type":"https://example.test/no-capacity","title":"No capacity","status":503}"""));
    }

    [Fact]
    public void Kind_NoProblemBody_StatusOnly()
    {
        Assert.Equal("502", ProblemText.Kind(HttpStatusCode.BadGateway, "<html>bad gateway</html>"));
    }

    [Fact]
    public void Describe_ValidationProblem_TitleDetailAndFieldErrors()
    {
        var text = ProblemText.Describe(HttpStatusCode.BadRequest, """{"title":"Invalid request","detail":"2 errors","errors":{"options.pollInterval":["must be at least 1 s"]}}""");

        Assert.Equal("HTTP 400; Invalid request; 2 errors; options.pollInterval: [\"must be at least 1 s\"]", text);
    }
}
