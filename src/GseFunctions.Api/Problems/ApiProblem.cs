using Microsoft.AspNetCore.Http;

namespace GseFunctions.Api.Problems;

/// <summary>
/// One RFC 9457 problem as a value: what a handler answers for a planned refusal (inside <see cref="ConflictProblem"/>
/// or <see cref="NotFoundProblem"/>), and what an <see cref="ApiProblemException"/> carries to the edge for the rest.
/// </summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Title">A short, fixed summary of the problem type.</param>
/// <param name="Detail">What went wrong with this request, or null.</param>
/// <param name="Type">The problem type URI, or null for <c>about:blank</c>.</param>
public sealed record ApiProblem(int Status, string Title, string? Detail = null, string? Type = null)
{
    /// <summary>Field-level messages (the <c>errors</c> member), or null.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }

    /// <summary>More members of the problem object (e.g. <c>activeRolloutId</c>).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Seconds for a <c>Retry-After</c> header, or null.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>A 404.</summary>
    /// <param name="detail">What was not found.</param>
    /// <returns>The problem.</returns>
    public static ApiProblem NotFound(string detail) =>
        new(StatusCodes.Status404NotFound, "Not Found", detail, ApiProblemTypes.NotFound);
}
