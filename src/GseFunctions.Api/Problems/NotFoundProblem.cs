using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace GseFunctions.Api.Problems;

/// <summary>
/// A planned refusal returned by a handler: a 404 Not Found (no such resource), written as RFC 9457 problem details
/// with the problem's own members. In a handler's <c>Results&lt;…&gt;</c> it declares the answer: ASP.NET Core reads
/// 404 <c>application/problem+json</c> from the signature for the OpenAPI document (see <see cref="ConflictProblem"/>).
/// </summary>
public sealed class NotFoundProblem : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    /// <summary>Creates the result.</summary>
    /// <param name="problem">The problem; its status must be 404.</param>
    /// <exception cref="ArgumentException">The problem's status is not 404.</exception>
    public NotFoundProblem(ApiProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Status != StatusCodes.Status404NotFound)
        {
            throw new ArgumentException($"A {nameof(NotFoundProblem)} answers 404, not {problem.Status}.", nameof(problem));
        }

        Problem = problem;
    }

    /// <summary>The problem written.</summary>
    public ApiProblem Problem { get; }

    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status404NotFound;

    /// <inheritdoc />
    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status404NotFound, typeof(ProblemDetails), [ApiProblemWriter.ContentType]));
    }

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => ApiProblemWriter.WriteAsync(httpContext, Problem);
}
