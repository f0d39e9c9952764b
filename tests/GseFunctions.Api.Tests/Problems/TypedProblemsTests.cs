using System.Reflection;
using GseFunctions.Api.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace GseFunctions.Api.Tests.Problems;

/// <summary>
/// Planned refusals returned as values (<see cref="ConflictProblem"/>, <see cref="NotFoundProblem"/>) answer byte for
/// byte what the edge writes for the same problem thrown, and declare their status as <c>.ProducesProblem(status)</c> would.
/// </summary>
public sealed class TypedProblemsTests
{
    private static readonly ApiProblem Conflict = new(StatusCodes.Status409Conflict, "Rollout ended", "Rollout 'r-1' has ended (Completed).", ApiProblemTypes.RolloutEnded)
    {
        Extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["runtimeStatus"] = "Completed" },
        RetryAfterSeconds = 7,
    };

    [Fact]
    public async Task ConflictProblem_Executed_WritesWhatTheEdgeWritesForTheThrownProblem()
    {
        var returned = await WriteAsync(new ConflictProblem(Conflict));
        var thrown = await WriteAsync(new ApiProblemResult(new ApiProblemException(Conflict)));

        Assert.Equal(thrown, returned);
        Assert.Contains("\"runtimeStatus\":\"Completed\"", returned.Body, StringComparison.Ordinal);
        Assert.Equal((409, "application/problem+json", "7"), (returned.Status, returned.ContentType, returned.RetryAfter));
    }

    [Fact]
    public async Task NotFoundProblem_Executed_WritesWhatTheEdgeWritesForTheThrownProblem()
    {
        var returned = await WriteAsync(new NotFoundProblem(ApiProblem.NotFound("Rollout 'r-1' does not exist.")));
        var thrown = await WriteAsync(new ApiProblemResult(ApiProblemException.NotFound("Rollout 'r-1' does not exist.")));

        Assert.Equal(thrown, returned);
        Assert.Equal(404, returned.Status);
    }

    [Fact]
    public void Constructors_ProblemOfAnotherStatus_Throw()
    {
        Assert.Throws<ArgumentException>(() => new ConflictProblem(ApiProblem.NotFound("x")));
        Assert.Throws<ArgumentException>(() => new NotFoundProblem(Conflict));
    }

    [Fact]
    public void ApiProblemException_FromAProblem_CarriesItUnchanged()
    {
        var exception = new ApiProblemException(Conflict);

        Assert.Equal(Conflict, exception.ToProblem());
        Assert.Equal(Conflict.Detail, exception.Message);
    }

    [Theory]
    [InlineData(typeof(ConflictProblem), 409)]
    [InlineData(typeof(NotFoundProblem), 404)]
    public void PopulateMetadata_DeclaresTheStatusAsProblemDetails(Type result, int status)
    {
        var builder = new RouteEndpointBuilder(_ => Task.CompletedTask, RoutePatternFactory.Parse("/"), 0);

        typeof(TypedProblemsTests).GetMethod(nameof(Populate), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(result).Invoke(null, [builder]);

        var declared = Assert.Single(builder.Metadata.OfType<IProducesResponseTypeMetadata>());
        Assert.Equal(status, declared.StatusCode);
        Assert.Equal(typeof(ProblemDetails), declared.Type);
        Assert.Equal(["application/problem+json"], declared.ContentTypes);
    }

    private static void Populate<T>(EndpointBuilder builder)
        where T : IEndpointMetadataProvider =>
        T.PopulateMetadata(typeof(TypedProblemsTests).GetMethod(nameof(Populate), BindingFlags.NonPublic | BindingFlags.Static)!, builder);

    private static async Task<Written> WriteAsync(IResult result)
    {
        var http = new DefaultHttpContext { TraceIdentifier = "trace-1" };
        http.Request.Path = "/api/rollouts/r-1/approve";
        http.Response.Body = new MemoryStream();
        await result.ExecuteAsync(http);
        http.Response.Body.Position = 0;
        return new Written(http.Response.StatusCode, http.Response.ContentType, http.Response.Headers.RetryAfter.ToString(), await new StreamReader(http.Response.Body).ReadToEndAsync());
    }

    private sealed record Written(int Status, string? ContentType, string RetryAfter, string Body);
}
