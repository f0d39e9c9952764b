using System.Net;
using GseFunctions.Cli.Http;

namespace GseFunctions.Cli.Tests.Http;

public sealed class ProblemAnswerTests
{
    private const string Types = "https://github.com/gsefunctions/gsefunctions/blob/main/docs/http-api.md#";

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "validation", 2)]
    [InlineData(HttpStatusCode.NotFound, "not-found", 2)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, null, 2)]
    [InlineData(HttpStatusCode.Unauthorized, "unauthorized", 3)]
    [InlineData(HttpStatusCode.Conflict, "rollout-in-progress", 4)]
    [InlineData(HttpStatusCode.Conflict, "rollout-ended", 1)]
    [InlineData(HttpStatusCode.Conflict, "idempotency-key-reused", 1)]
    [InlineData(HttpStatusCode.ServiceUnavailable, "gse-unavailable", 1)]
    public void ExitCodeFor_MapsStatusAndProblemType(HttpStatusCode status, string? type, int expected) =>
        Assert.Equal(expected, ProblemAnswer.ExitCodeFor(status, type is null ? null : Types + type));

    [Fact]
    public void ToFailure_PrintsTitleDetailFieldErrorsAndTheHolder()
    {
        var failure = ProblemAnswer.ToFailure("POST /api/rollouts", HttpStatusCode.Conflict,
            $$$"""{"type":"{{{Types}}}rollout-in-progress","title":"Rollout in progress.","detail":"busy","activeRolloutId":"r9","errors":{"aliasId":["bad"]}}""");

        Assert.Equal(4, failure.ExitCode);
        Assert.Equal("POST /api/rollouts answered 409 Rollout in progress: busy", failure.Message);
        Assert.Contains("  aliasId: bad", failure.Lines);
        Assert.Contains(failure.Lines, l => l.Contains("held by rollout r9", StringComparison.Ordinal));
    }

    [Fact]
    public void ToFailure_BodyNotJson_StillMapsTheStatus() =>
        Assert.Equal(3, ProblemAnswer.ToFailure("GET /api/aliases", HttpStatusCode.Unauthorized, "<html>").ExitCode);
}
