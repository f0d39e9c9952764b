using System.Globalization;
using System.Text.Json;
using GseFunctions.Api.Json;
using Microsoft.AspNetCore.Http;

namespace GseFunctions.Api.Problems;

/// <summary>Writes an <see cref="ApiProblemException"/> as <c>application/problem+json</c> (RFC 9457), with <c>Retry-After</c> when it has one.</summary>
/// <param name="problem">The problem.</param>
public sealed class ApiProblemResult(ApiProblemException problem) : IResult, IStatusCodeHttpResult
{
    /// <summary>The problem written.</summary>
    public ApiProblemException Problem { get; } = problem ?? throw new ArgumentNullException(nameof(problem));

    /// <inheritdoc />
    public int? StatusCode => Problem.Status;

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = Problem.Status;
        response.ContentType = "application/problem+json";
        if (Problem.RetryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        await JsonSerializer.SerializeAsync(response.Body, ToDocument(httpContext), ApiJson.Options, httpContext.RequestAborted).ConfigureAwait(false);
    }

    private Dictionary<string, object?> ToDocument(HttpContext httpContext)
    {
        var document = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["type"] = Problem.Type ?? "about:blank",
            ["title"] = Problem.Title,
            ["status"] = Problem.Status,
        };
        if (Problem.Detail is not null)
        {
            document["detail"] = Problem.Detail;
        }

        // The path only: the query may carry a key (code=...).
        document["instance"] = httpContext.Request.PathBase.Add(httpContext.Request.Path).Value;
        if (Problem.Errors is { Count: > 0 } errors)
        {
            document["errors"] = errors;
        }

        foreach (var (key, value) in Problem.Extensions ?? new Dictionary<string, object?>())
        {
            document[key] = value;
        }

        document["traceId"] = System.Diagnostics.Activity.Current?.Id ?? httpContext.TraceIdentifier;
        return document;
    }
}
