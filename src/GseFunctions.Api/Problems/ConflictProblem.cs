using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace GseFunctions.Api.Problems;

/// <summary>
/// A planned refusal returned by a handler: a 409 Conflict (the resource's state refuses the request: another rollout
/// holds the alias, the rollout has ended, the schedule exists with another definition), written as RFC 9457 problem
/// details with the problem's own members. In a handler's <c>Results&lt;…&gt;</c> it declares the answer: ASP.NET
/// Core reads 409 <c>application/problem+json</c> from the signature for the OpenAPI document (the stock
/// <c>ProblemHttpResult</c> does not declare its status, and the stock typed results cannot carry this API's problem
/// members).
/// </summary>
public sealed class ConflictProblem : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    /// <summary>Creates the result.</summary>
    /// <param name="problem">The problem; its status must be 409.</param>
    /// <exception cref="ArgumentException">The problem's status is not 409.</exception>
    public ConflictProblem(ApiProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Status != StatusCodes.Status409Conflict)
        {
            throw new ArgumentException($"A {nameof(ConflictProblem)} answers 409, not {problem.Status}.", nameof(problem));
        }

        Problem = problem;
    }

    /// <summary>The problem written.</summary>
    public ApiProblem Problem { get; }

    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status409Conflict;

    /// <inheritdoc />
    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status409Conflict, typeof(ProblemDetails), [ApiProblemWriter.ContentType]));
    }

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => ApiProblemWriter.WriteAsync(httpContext, Problem);
}
