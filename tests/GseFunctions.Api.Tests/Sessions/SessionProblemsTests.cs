using GseFunctions.Api.Problems;
using GseFunctions.Api.Sessions;
using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using Moq;

namespace GseFunctions.Api.Tests.Sessions;

/// <summary>The session routes' own readings of GSE refusals never repeat GSE's message either.</summary>
public sealed class SessionProblemsTests
{
    private const string UpstreamText = "upstream: creator limit table shard-9 full";

    [Fact]
    public void CreatorLimit_GseMessage_IsNotRepeated()
    {
        var problem = SessionProblems.CreatorLimit(new GseException(GseErrorCodes.LimitExceeded, UpstreamText, "req-1", "CreateGameServerSession"));

        Assert.Equal(429, problem.Status);
        Assert.DoesNotContain("shard-9", problem.Detail, StringComparison.Ordinal);
        Assert.Contains(GseErrorCodes.LimitExceeded, problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedThroughAliasAsync_TerminalAliasWithoutMessage_AnswersFixedTextNotGseMessage()
    {
        var gse = new Mock<GseClient>(MockBehavior.Strict);
        gse.Setup(g => g.DescribeAliasAsync(It.IsAny<DescribeAliasRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DescribeAliasResponse { Alias = new Alias { AliasId = "alias-1", RoutingStrategy = new RoutingStrategy { Type = "TERMINAL" } } });

        var problem = await SessionProblems.FailedThroughAliasAsync(
            new GseException(GseErrorCodes.FailedOperation, UpstreamText, "req-1", "CreateGameServerSession"), "alias-1", gse.Object, CancellationToken.None);

        Assert.Equal(ApiProblemTypes.AliasTerminal, problem.Type);
        Assert.DoesNotContain("shard-9", problem.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("shard-9", problem.Extensions!["terminalMessage"]?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }
}
