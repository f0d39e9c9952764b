using GseFunctions.Api.Problems;

namespace GseFunctions.SelfHost.Edge;

/// <summary>The self-host's edge: an exception from a handler becomes problem details (<see cref="ApiExceptionMapper"/>); an unexpected one is logged and answered with a bare 500.</summary>
internal sealed class ProblemDetailsMiddleware(RequestDelegate next, ILogger<ProblemDetailsMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && !(e is OperationCanceledException && context.RequestAborted.IsCancellationRequested))
        {
            var problem = ApiExceptionMapper.TryMap(e);
            if (problem is null)
            {
                Log.UnhandledRequestException(logger, context.Request.Method, context.Request.Path.Value ?? string.Empty, e);
                problem = ApiExceptionMapper.Unexpected();
            }

            context.Response.Clear();
            await new ApiProblemResult(problem).ExecuteAsync(context);
        }
    }
}
