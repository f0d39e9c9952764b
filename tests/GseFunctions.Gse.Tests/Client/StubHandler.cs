using System.Net;
using System.Text;

namespace GseFunctions.Gse.Tests.Client;

/// <summary>A fake HTTP transport: answers each call from a queue of canned answers and records what was sent.</summary>
internal sealed class StubHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _answers = new();

    public List<(HttpRequestMessage Request, string Body)> Received { get; } = [];

    public StubHandler Envelope(string responseJson) => Then((_, _) => Task.FromResult(Json(HttpStatusCode.OK, $$"""{"Response": {{responseJson}}}""")));

    public StubHandler Error(string code, string message = "boom", string requestId = "req-1") =>
        Envelope($$"""{"Error": {"Code": "{{code}}", "Message": "{{message}}"}, "RequestId": "{{requestId}}"}""");

    public StubHandler Status(HttpStatusCode status) => Then((_, _) => Task.FromResult(new HttpResponseMessage(status)));

    public StubHandler Hang() => Then(async (_, ct) =>
    {
        await Task.Delay(Timeout.Infinite, ct);
        throw new InvalidOperationException("unreachable");
    });

    public StubHandler Then(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer)
    {
        _answers.Enqueue(answer);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        Received.Add((request, body));
        if (!_answers.TryDequeue(out var answer))
        {
            throw new InvalidOperationException("No more canned answers.");
        }

        return await answer(request, cancellationToken);
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
