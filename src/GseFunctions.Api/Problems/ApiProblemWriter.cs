using System.Globalization;
using System.Text.Json;
using GseFunctions.Api.Json;
using Microsoft.AspNetCore.Http;

namespace GseFunctions.Api.Problems;

/// <summary>Writes an <see cref="ApiProblem"/> as <c>application/problem+json</c> (RFC 9457), with <c>Retry-After</c> when it has one: the one writer of every problem both hosts answer.</summary>
internal static class ApiProblemWriter
{
    public const string ContentType = "application/problem+json";

    public static async Task WriteAsync(HttpContext httpContext, ApiProblem problem)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = problem.Status;
        response.ContentType = ContentType;
        if (problem.RetryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        await JsonSerializer.SerializeAsync(response.Body, ToDocument(httpContext, problem), ApiJson.Options, httpContext.RequestAborted).ConfigureAwait(false);
    }

    private static Dictionary<string, object?> ToDocument(HttpContext httpContext, ApiProblem problem)
    {
        var document = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["type"] = problem.Type ?? "about:blank",
            ["title"] = problem.Title,
            ["status"] = problem.Status,
        };
        if (problem.Detail is not null)
        {
            document["detail"] = problem.Detail;
        }

        // The path only: the query may carry a key (code=...).
        document["instance"] = httpContext.Request.PathBase.Add(httpContext.Request.Path).Value;
        if (problem.Errors is { Count: > 0 } errors)
        {
            document["errors"] = errors;
        }

        foreach (var (key, value) in problem.Extensions ?? new Dictionary<string, object?>())
        {
            document[key] = value;
        }

        document["traceId"] = System.Diagnostics.Activity.Current?.Id ?? httpContext.TraceIdentifier;
        return document;
    }
}
