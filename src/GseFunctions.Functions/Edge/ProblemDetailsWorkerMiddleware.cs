using System.Reflection;
using GseFunctions.Api.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace GseFunctions.Functions.Edge;

/// <summary>
/// The Functions app's edge, the twin of the self-host's: an exception from an HTTP function becomes problem details
/// (<see cref="ApiExceptionMapper"/>) written to the request's ASP.NET Core <c>HttpContext</c>; an unexpected one is
/// logged and answered with a bare 500. Orchestrator and activity functions are left alone: Durable Task must see
/// their exceptions.
/// </summary>
internal sealed class ProblemDetailsWorkerMiddleware(ILogger<ProblemDetailsWorkerMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        // The ASP.NET Core integration's proxying middleware (which runs first) puts the HttpContext there for HTTP triggers only.
        if (context.GetHttpContext() is not { } http)
        {
            await next(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception thrown) when (!http.Response.HasStarted && !(thrown is OperationCanceledException && http.RequestAborted.IsCancellationRequested))
        {
            var e = thrown is TargetInvocationException { InnerException: { } inner } ? inner : thrown;
            var problem = ApiExceptionMapper.TryMap(e);
            if (problem is null)
            {
                Log.UnhandledFunctionException(logger, context.FunctionDefinition.Name, http.Request.Method, http.Request.Path.Value ?? string.Empty, e);
                problem = ApiExceptionMapper.Unexpected();
            }

            http.Response.Clear();
            await new ApiProblemResult(problem).ExecuteAsync(http);
        }
    }
}
