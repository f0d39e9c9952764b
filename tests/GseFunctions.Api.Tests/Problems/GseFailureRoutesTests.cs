using System.Net;
using System.Net.Http.Json;
using GseFunctions.Api.Problems;
using GseFunctions.Api.Tests.Sessions;

namespace GseFunctions.Api.Tests.Problems;

/// <summary>
/// GSE failing under the routes, driven by the local GSE's fault rules: a transient failure (InternalError, a bare HTTP
/// 5xx) answers 503 with <c>Retry-After</c>, and no answer repeats the text GSE sent, only its error code.
/// </summary>
public sealed class GseFailureRoutesTests(StackFixture fixture) : IClassFixture<StackFixture>
{
    private const string UpstreamText = "drill: storage node db-7.internal is down (password=hunter2)";

    [Theory]
    [InlineData("ListAliases", "{\"errorCode\":\"InternalError\"}", "GET", "/api/aliases?limit=1", HttpStatusCode.ServiceUnavailable, "InternalError")]
    [InlineData("ListAliases", "{\"errorCode\":\"InternalError.DbError\"}", "GET", "/api/aliases", HttpStatusCode.ServiceUnavailable, "InternalError.DbError")]
    [InlineData("DescribeAlias", "{\"httpStatus\":500}", "GET", "/api/aliases/alias-00000000", HttpStatusCode.ServiceUnavailable, null)]
    [InlineData("DeleteAlias", "{\"httpStatus\":502}", "DELETE", "/api/aliases/alias-00000000", HttpStatusCode.ServiceUnavailable, null)]
    [InlineData("CreateGameServerSession", "{\"errorCode\":\"InternalError\"}", "POST", "/api/sessions", HttpStatusCode.ServiceUnavailable, "InternalError")]
    [InlineData("CreateAlias", "{\"errorCode\":\"InvalidParameterValue\"}", "POST", "/api/aliases", HttpStatusCode.BadRequest, "InvalidParameterValue")]
    [InlineData("DescribeAlias", "{\"errorCode\":\"ResourceNotFound\"}", "GET", "/api/aliases/alias-00000000", HttpStatusCode.NotFound, "ResourceNotFound")]
    [InlineData("CreateAlias", "{\"errorCode\":\"OperationDenied\"}", "POST", "/api/aliases", HttpStatusCode.Conflict, "OperationDenied")]
    public async Task Route_GseFails_AnswersTheMappedProblemWithoutGseText(string action, string fault, string method, string path, HttpStatusCode status, string? code)
    {
        var stack = fixture.Stack;
        var rule = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object>>(fault)!;
        rule["action"] = action;
        rule["errorMessage"] = UpstreamText;
        if (rule.ContainsKey("httpStatus"))
        {
            rule.Remove("errorMessage");
        }

        await stack.Admin.AddFaultAsync(rule);
        try
        {
            using var http = method == "POST" && path == "/api/sessions" ? stack.FunctionClient() : stack.AdminClient();
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method == "POST")
            {
                request.Content = JsonContent.Create(path == "/api/sessions"
                    ? new { aliasId = "alias-00000000", maximumPlayers = 2 }
                    : (object)new { name = "drill", routingStrategy = new { type = "TERMINAL", message = "Back soon" } });
            }

            using var response = await http.SendAsync(request);

            var problem = await ProblemAssert.IsProblemAsync(response, status);
            var text = problem.ToString();
            Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
            Assert.DoesNotContain("db-7", text, StringComparison.Ordinal);
            if (code is not null)
            {
                Assert.Contains(code, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
                Assert.Equal(code, problem.GetProperty("gseCode").GetString());
            }

            if (status == HttpStatusCode.ServiceUnavailable)
            {
                Assert.Equal(ApiProblemTypes.GseUnavailable, problem.GetProperty("type").GetString());
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After on {text}");
            }
        }
        finally
        {
            await stack.Admin.ClearFaultsAsync();
        }
    }
}
