using Microsoft.AspNetCore.Builder;

namespace GseFunctions.Rollouts.Tests.Resilience;

/// <summary>
/// Local GSE middleware that, right after the local GSE has applied an armed action and before the answer leaves, runs
/// a crash (typically a SIGKILL of the worker) and drops the connection: the effect is real, but the caller never learns
/// so. This is the window an at-least-once activity must survive (a re-run must find the effect, not repeat it).
/// </summary>
internal sealed class CrashAfterGseCall
{
    private readonly TaskCompletionSource _fired = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _action;
    private Action? _crash;

    /// <summary>Completes once the crash has happened.</summary>
    public Task Fired => _fired.Task;

    /// <summary>The next call of <paramref name="action"/> runs <paramref name="crash"/> after it is applied; its answer is dropped.</summary>
    public void Arm(string action, Action crash)
    {
        Volatile.Write(ref _crash, crash);
        Volatile.Write(ref _action, action);
    }

    public void Configure(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var crash = Volatile.Read(ref _action) is { } armed && context.Request.Headers["X-TC-Action"] == armed
            ? Interlocked.Exchange(ref _crash, null)
            : null;
        if (crash is null)
        {
            await next(context);
            return;
        }

        // Hold the answer back until the worker is dead, then drop the connection.
        var body = context.Response.Body;
        await using var held = new MemoryStream();
        context.Response.Body = held;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }

        crash();
        _fired.TrySetResult();
        context.Abort();
    });
}
