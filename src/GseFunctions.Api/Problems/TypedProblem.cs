using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace GseFunctions.Api.Problems;

/// <summary>
/// A planned refusal a handler returns as a value, written as RFC 9457 problem details with the problem's own members.
/// Each subclass fixes one status and declares it for OpenAPI (ASP.NET Core reads the static
/// <see cref="IEndpointMetadataProvider"/> of the types in a handler's <c>Results&lt;…&gt;</c>; the stock
/// <c>ProblemHttpResult</c> does not declare its status, and the stock typed results cannot carry this API's problem
/// members).
/// </summary>
public abstract class TypedProblem : IResult, IStatusCodeHttpResult
{
    /// <summary>Creates the result.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="status">The status the subclass answers; the problem's must match.</param>
    /// <exception cref="ArgumentException">The problem's status is not <paramref name="status"/>.</exception>
    protected TypedProblem(ApiProblem problem, int status)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Status != status)
        {
            throw new ArgumentException($"A {GetType().Name} answers {status}, not {problem.Status}.", nameof(problem));
        }

        Problem = problem;
    }

    /// <summary>The problem written.</summary>
    public ApiProblem Problem { get; }

    /// <inheritdoc />
    public int? StatusCode => Problem.Status;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => ApiProblemWriter.WriteAsync(httpContext, Problem);

    /// <summary>Declares <paramref name="status"/> with an <c>application/problem+json</c> body on the endpoint.</summary>
    /// <param name="builder">The endpoint builder.</param>
    /// <param name="status">The status.</param>
    protected static void Declare(EndpointBuilder builder, int status)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), [ApiProblemWriter.ContentType]));
    }
}
