using Microsoft.AspNetCore.Http;

namespace GseFunctions.Api.Problems;

/// <summary>Writes an <see cref="ApiProblemException"/> as <c>application/problem+json</c> (RFC 9457), with <c>Retry-After</c> when it has one: the edges' answer for a thrown problem.</summary>
/// <param name="problem">The problem.</param>
public sealed class ApiProblemResult(ApiProblemException problem) : IResult, IStatusCodeHttpResult
{
    /// <summary>The problem written.</summary>
    public ApiProblemException Problem { get; } = problem ?? throw new ArgumentNullException(nameof(problem));

    /// <inheritdoc />
    public int? StatusCode => Problem.Status;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => ApiProblemWriter.WriteAsync(httpContext, Problem.ToProblem());
}
