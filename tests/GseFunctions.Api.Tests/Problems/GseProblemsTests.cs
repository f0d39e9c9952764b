using GseFunctions.Api.Problems;
using GseFunctions.Gse;
using Microsoft.AspNetCore.Http;

namespace GseFunctions.Api.Tests.Problems;

/// <summary>
/// GSE's failures as HTTP problems: transient ones (InternalError, ServiceUnavailable, HTTP 5xx, timeouts, transport)
/// answer 503 with <c>Retry-After</c>; no problem repeats GSE's message, only its error code.
/// </summary>
public sealed class GseProblemsTests
{
    private const string UpstreamText = "upstream: SecretId AKIDexample123 refused at db-7.internal";

    [Theory]
    [InlineData(GseErrorCodes.InternalError, 503, ApiProblemTypes.GseUnavailable)]
    [InlineData("InternalError.DbError", 503, ApiProblemTypes.GseUnavailable)]
    [InlineData(GseErrorCodes.ServiceUnavailable, 503, ApiProblemTypes.GseUnavailable)]
    [InlineData(GseErrorCodes.ResourceUnavailable, 503, ApiProblemTypes.GseUnavailable)]
    [InlineData(GseErrorCodes.ClientServerError, 503, ApiProblemTypes.GseUnavailable)]
    [InlineData(GseErrorCodes.ClientTimeout, 503, ApiProblemTypes.GseUnavailable)]
    [InlineData(GseErrorCodes.ClientTransport, 503, ApiProblemTypes.GseUnavailable)]
    [InlineData(GseErrorCodes.ClientConnectFailed, 503, ApiProblemTypes.GseUnavailable)]
    [InlineData(GseErrorCodes.RequestLimitExceeded, 429, ApiProblemTypes.Throttled)]
    [InlineData(GseErrorCodes.ResourceInsufficient, 503, ApiProblemTypes.NoCapacity)]
    public void From_TransientOrCapacity_AnswersWithRetryAfter(string code, int status, string type)
    {
        var problem = GseProblems.From(new GseException(code, UpstreamText, "req-1", "CreateAlias"));

        Assert.Equal(status, problem.Status);
        Assert.Equal(type, problem.Type);
        Assert.True(problem.RetryAfterSeconds > 0, $"{code}: Retry-After");
    }

    [Theory]
    [InlineData(GseErrorCodes.InternalError, 503)]
    [InlineData(GseErrorCodes.ClientTimeout, 503)]
    [InlineData(GseErrorCodes.ClientServerError, 503)]
    [InlineData(GseErrorCodes.RequestLimitExceeded, 429)]
    [InlineData(GseErrorCodes.ResourceNotFound, 404)]
    [InlineData("ResourceNotFound.FleetNotExist", 404)]
    [InlineData(GseErrorCodes.ResourceInsufficient, 503)]
    [InlineData(GseErrorCodes.InvalidParameter, 400)]
    [InlineData(GseErrorCodes.InvalidParameterValue, 400)]
    [InlineData(GseErrorCodes.MissingParameter, 400)]
    [InlineData(GseErrorCodes.UnknownParameter, 400)]
    [InlineData(GseErrorCodes.FailedOperation, 409)]
    [InlineData(GseErrorCodes.LimitExceeded, 409)]
    [InlineData(GseErrorCodes.ResourceInUse, 409)]
    [InlineData(GseErrorCodes.OperationDenied, 409)]
    [InlineData(GseErrorCodes.UnsupportedOperation, 409)]
    [InlineData(GseErrorCodes.AuthFailureSignatureFailure, 502)]
    [InlineData("UnauthorizedOperation", 502)]
    [InlineData(GseErrorCodes.ClientBadResponse, 502)]
    [InlineData("SomethingNew", 502)]
    public void From_AnyCode_NamesTheCodeButNeverRepeatsGseMessage(string code, int status)
    {
        var problem = GseProblems.From(new GseException(code, UpstreamText, "req-1", "CreateAlias"));

        Assert.Equal(status, problem.Status);
        Assert.DoesNotContain("AKID", problem.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("db-7", problem.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(UpstreamText, problem.Title, StringComparison.Ordinal);
        Assert.All(problem.Extensions!.Values, v => Assert.DoesNotContain("AKID", v?.ToString() ?? string.Empty, StringComparison.Ordinal));
        Assert.Contains(code, problem.Detail, StringComparison.Ordinal);

        Assert.Equal(code, problem.Extensions!["gseCode"]);
        Assert.Equal("req-1", problem.Extensions["gseRequestId"]);
    }

    [Theory]
    [InlineData("Internal Error <script>")]
    [InlineData("Code\nInjected")]
    public void From_CodeNotShapedLikeOne_NeitherRepeatsIt(string code)
    {
        var problem = GseProblems.From(new GseException(code, UpstreamText, "req 1\n", "CreateAlias"));

        Assert.Equal(StatusCodes.Status502BadGateway, problem.Status);
        Assert.DoesNotContain(code, problem.Detail, StringComparison.Ordinal);
        Assert.Null(problem.Extensions!["gseCode"]);
        Assert.Null(problem.Extensions["gseRequestId"]);
    }
}
