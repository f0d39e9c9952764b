using System.Text.Json;
using GseFunctions.Gse.Emulator.Faults;
using GseFunctions.Gse.Emulator.Simulation;
using GseFunctions.Gse.Models;
using GseFunctions.Gse.Wire;

namespace GseFunctions.Gse.Emulator.Wire;

/// <summary>
/// The Tencent Cloud API surface of the local GSE: <c>POST /</c> (and <c>GET /</c>). Authenticates, enforces the
/// request limits (when on), applies injected faults, binds the typed request, runs it on the simulation and answers in the API 3.0 envelope.
/// Every answer carries a RequestId; API errors are HTTP 200 with <c>Response.Error</c>, as the service does.
/// </summary>
internal static class GseEndpoint
{
    public static async Task HandleAsync(
        HttpContext context,
        CallReader reader,
        FaultInjector faults,
        RateLimitEnforcer limits,
        CallCounter counter,
        ResourceCallLog resources,
        GseActionDispatcher dispatcher,
        ILogger<CallReader> logger)
    {
        var requestId = Guid.NewGuid().ToString();
        var cancellationToken = context.RequestAborted;
        string? action = null;
        var authenticated = false;
        try
        {
            var body = await ReadBodyAsync(context.Request, cancellationToken);
            var call = reader.Read(context.Request, body);
            action = call.Action;
            authenticated = true;
            if (!GseActionCatalog.TryGet(call.Action, out var info))
            {
                throw new GseFault(GseErrorCodes.InvalidAction, $"The action `{call.Action}` does not exist or is not supported by the local GSE.");
            }

            // The service's own throttle comes before anything a drill injects.
            if (limits.TryAdmit(call.Action, call.Region) is { } limit)
            {
                throw new GseFault(GseErrorCodes.RequestLimitExceeded, $"Requests of {call.Action} in {call.Region} exceed the limit of {limit} per second; retry later.");
            }

            var decision = faults.Decide(call.Action);
            if (decision.Delay > TimeSpan.Zero)
            {
                await Task.Delay(decision.Delay, cancellationToken);
            }

            if (decision.HttpStatus is { } status)
            {
                counter.Record(call.Action, succeeded: false);
                Log.InjectedStatus(logger, call.Action, status, requestId);
                context.Response.StatusCode = status;
                return;
            }

            if (decision.ErrorCode is { } code)
            {
                throw new GseFault(code, decision.ErrorMessage ?? code);
            }

            var request = ParameterBinder.Bind(call.Parameters, info.RequestType);
            var response = dispatcher.Dispatch(call.Region, request) with { RequestId = requestId };
            counter.Record(call.Action, succeeded: true);
            resources.RecordApplied(call.Action, call.Parameters);
            Log.Handled(logger, call.Action, call.Region, requestId);
            await WriteAsync(context.Response, w =>
            {
                w.WritePropertyName("Response");
                JsonSerializer.Serialize(w, response, response.GetType(), GseJson.Response);
            }, cancellationToken);
        }
        catch (GseFault fault)
        {
            if (authenticated && action is not null)
            {
                counter.Record(action, succeeded: false);
            }

            Log.Refused(logger, action ?? "?", fault.Code, requestId);
            await WriteErrorAsync(context.Response, fault.Code, fault.Message, requestId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (action is not null && authenticated)
            {
                counter.Record(action, succeeded: false);
            }

            Log.Failed(logger, ex, action ?? "?", requestId);
            await WriteErrorAsync(context.Response, GseErrorCodes.InternalError, "An internal error occurred; retry later.", requestId, cancellationToken);
        }
    }

    public static Task WriteErrorAsync(HttpResponse response, string code, string message, string requestId, CancellationToken cancellationToken) =>
        WriteAsync(response, w =>
        {
            w.WriteStartObject("Response");
            w.WriteStartObject("Error");
            w.WriteString("Code", code);
            w.WriteString("Message", message);
            w.WriteEndObject();
            w.WriteString("RequestId", requestId);
            w.WriteEndObject();
        }, cancellationToken);

    private static async Task WriteAsync(HttpResponse response, Action<Utf8JsonWriter> write, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        await using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        await response.Body.WriteAsync(buffer.WrittenMemory, cancellationToken);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > CallReader.MaxJsonBody)
        {
            throw new GseFault(GseErrorCodes.RequestSizeLimitExceeded, "The request body is larger than 10 MB.");
        }

        using var memory = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (memory.Length + read > CallReader.MaxJsonBody)
            {
                throw new GseFault(GseErrorCodes.RequestSizeLimitExceeded, "The request body is larger than 10 MB.");
            }

            memory.Write(chunk, 0, read);
        }

        return memory.ToArray();
    }
}
