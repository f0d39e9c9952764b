using Microsoft.AspNetCore.Http;

namespace GseFunctions.Api.Problems;

/// <summary>
/// A request the API refuses, carried to the host's edge, which writes it as RFC 9457 problem details. Thrown before
/// anything changed, for what a handler cannot answer as a value: invalid input found while reading it, and GSE or
/// storage failures. Planned refusals are returned instead (<see cref="ConflictProblem"/>, <see cref="NotFoundProblem"/>).
/// </summary>
public sealed class ApiProblemException : Exception
{
    /// <summary>Creates a problem.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="title">A short, fixed summary of the problem type.</param>
    /// <param name="detail">What went wrong with this request.</param>
    /// <param name="type">The problem type URI; default <c>about:blank</c>.</param>
    public ApiProblemException(int status, string title, string? detail = null, string? type = null)
        : base(detail ?? title)
    {
        Status = status;
        Title = title;
        Detail = detail;
        Type = type;
    }

    /// <summary>Creates the exception that carries <paramref name="problem"/>.</summary>
    /// <param name="problem">The problem.</param>
    public ApiProblemException(ApiProblem problem)
        : this((problem ?? throw new ArgumentNullException(nameof(problem))).Status, problem.Title, problem.Detail, problem.Type)
    {
        Errors = problem.Errors;
        Extensions = problem.Extensions;
        RetryAfterSeconds = problem.RetryAfterSeconds;
    }

    /// <summary>Creates a 500 problem.</summary>
    public ApiProblemException()
        : this(StatusCodes.Status500InternalServerError, "Internal Server Error")
    {
    }

    /// <summary>Creates a 400 problem.</summary>
    /// <param name="message">The detail.</param>
    public ApiProblemException(string message)
        : this(StatusCodes.Status400BadRequest, "Bad Request", message)
    {
    }

    /// <summary>Creates a 500 problem with an inner exception.</summary>
    /// <param name="message">The detail.</param>
    /// <param name="innerException">The cause.</param>
    public ApiProblemException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = StatusCodes.Status500InternalServerError;
        Title = "Internal Server Error";
        Detail = message;
    }

    /// <summary>The HTTP status.</summary>
    public int Status { get; }

    /// <summary>The problem title.</summary>
    public string Title { get; }

    /// <summary>The problem detail.</summary>
    public string? Detail { get; }

    /// <summary>The problem type URI, or null for <c>about:blank</c>.</summary>
    public string? Type { get; }

    /// <summary>Field-level messages (the <c>errors</c> member), or null.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }

    /// <summary>More members of the problem object (e.g. <c>activeRolloutId</c>).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Seconds for a <c>Retry-After</c> header, or null.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>The problem this exception carries, as a value.</summary>
    /// <returns>The problem.</returns>
    public ApiProblem ToProblem() =>
        new(Status, Title, Detail, Type) { Errors = Errors, Extensions = Extensions, RetryAfterSeconds = RetryAfterSeconds };

    /// <summary>A 400 with field-level messages.</summary>
    /// <param name="errors">Messages per field (JSON path or query parameter).</param>
    /// <returns>The problem.</returns>
    public static ApiProblemException Validation(IReadOnlyDictionary<string, string[]> errors) =>
        new(StatusCodes.Status400BadRequest, "One or more validation errors occurred.", "The request is invalid; nothing was changed.", ApiProblemTypes.Validation)
        {
            Errors = errors,
        };

    /// <summary>A 400 with one field's message.</summary>
    /// <param name="field">The field.</param>
    /// <param name="message">The message.</param>
    /// <returns>The problem.</returns>
    public static ApiProblemException Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });

    /// <summary>A 413 for a body over the limit.</summary>
    /// <param name="limit">The limit in bytes.</param>
    /// <returns>The problem.</returns>
    public static ApiProblemException PayloadTooLarge(int limit) =>
        new(StatusCodes.Status413PayloadTooLarge, "Payload Too Large", $"The body is larger than {limit} bytes; nothing was changed.");

    /// <summary>A 404.</summary>
    /// <param name="detail">What was not found.</param>
    /// <returns>The problem.</returns>
    public static ApiProblemException NotFound(string detail) => new(ApiProblem.NotFound(detail));
}
