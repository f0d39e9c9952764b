using GseFunctions.Api.Problems;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace GseFunctions.SelfHost.Edge;

/// <summary>
/// The body of an error answer nothing else wrote (<c>UseStatusCodePages</c>): routing's 404 for a path no endpoint
/// serves and 405 (with its <c>Allow</c> header) for a method a path does not take become problem details like every
/// other error of the API. The same answer with or without a key: an unknown path tells no more than "not found", and
/// the routes a 405 reveals are the ones the OpenAPI document publishes anyway.
/// </summary>
internal static class StatusCodeProblems
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var problem = status switch
        {
            StatusCodes.Status404NotFound => new ApiProblemException(status, "Not Found", "Nothing is served at this path.", ApiProblemTypes.NotFound),
            StatusCodes.Status405MethodNotAllowed => new ApiProblemException(status, "Method Not Allowed", $"This path does not take {http.Request.Method}; the Allow header lists the methods it does."),
            _ => new ApiProblemException(status, ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } reason ? reason : "Error"),
        };
        return new ApiProblemResult(problem).ExecuteAsync(http);
    }
}
