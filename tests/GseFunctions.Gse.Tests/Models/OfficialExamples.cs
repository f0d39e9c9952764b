using System.Net;
using System.Reflection;
using System.Text;
using GseFunctions.Gse.Models;
using GseFunctions.Gse.Tests.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GseFunctions.Gse.Tests.Models;

/// <summary>
/// The official GSE request/response examples, copied verbatim into <c>Models/Examples</c> from
/// TencentCloud/tencentcloud-cli <c>tccli/services/gse/v20191112/examples.json</c> at commit
/// <c>67e7fc336e0c2d2ecdb748ca9ad9e82cc21881f0</c> (release 3.0.939.1); see <c>Models/Examples/README.md</c>.
/// </summary>
internal static class OfficialExamples
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Models", "Examples");

    /// <summary>Names of the stored response examples: <c>Action</c> or <c>Action.N</c> when the action has several.</summary>
    public static IReadOnlyList<string> ResponseNames { get; } = Directory
        .EnumerateFiles(Path.Combine(Root, "Responses"), "*.json")
        .Select(Path.GetFileNameWithoutExtension)
        .Select(name => name!)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Actions whose input example is stored.</summary>
    public static IReadOnlyList<string> RequestActions { get; } = Directory
        .EnumerateFiles(Path.Combine(Root, "Requests"), "*.txt")
        .Select(Path.GetFileNameWithoutExtension)
        .Select(name => name!)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The action an example belongs to.</summary>
    public static string ActionOf(string exampleName) => exampleName.Split('.')[0];

    /// <summary>An official output example: the whole <c>{"Response": {...}}</c> envelope, as published.</summary>
    public static string Response(string exampleName) => File.ReadAllText(Path.Combine(Root, "Responses", exampleName + ".json"));

    /// <summary>An official input example, in the published flattened form (<c>https://…/?Action=X\n&amp;A.B=v\n…</c>).</summary>
    public static string Request(string action) => File.ReadAllText(Path.Combine(Root, "Requests", action + ".txt"));
}

/// <summary>
/// Runs one exchange through the real <see cref="GseClient"/> (serialization, signing, envelope parsing and
/// deserialization with the client's own options) against a fake transport that answers with a given payload.
/// </summary>
internal static class ExampleExchange
{
    /// <summary>Sends <paramref name="request"/> and answers it with <paramref name="responsePayload"/>.</summary>
    /// <returns>The typed response and the JSON body the client put on the wire.</returns>
    public static async Task<(TResponse Response, string RequestBody)> RunAsync<TResponse>(IGseRequest<TResponse> request, string responsePayload)
        where TResponse : GseResponse
    {
        var handler = new StubHandler().Then((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(responsePayload, Encoding.UTF8, "application/json"),
        }));
        using var http = new HttpClient(handler);
        var options = new GseClientOptions
        {
            Endpoint = new Uri("https://gse.tencentcloudapi.com/"),
            Region = "ap-shanghai",
            SecretId = "AKIDEXAMPLE",
            SecretKey = "ExampleSecretKey",
            MaxRetryAttempts = 0,
            Timeout = TimeSpan.FromSeconds(10),
        };
        var client = new GseClient(http, Options.Create(options), TimeProvider.System, NullLogger<GseClient>.Instance);

        var response = await client.SendAsync(request);

        var (message, body) = Assert.Single(handler.Received);
        Assert.Equal(GseActionCatalog.ActionName(request.GetType()), message.Headers.GetValues("X-TC-Action").Single());
        return (response, body);
    }

    /// <summary>Parses an example payload into the response type of <paramref name="request"/>.</summary>
    public static async Task<TResponse> ParseAsync<TResponse>(IGseRequest<TResponse> request, string responsePayload)
        where TResponse : GseResponse => (await RunAsync(request, responsePayload)).Response;

    /// <summary>Untyped <see cref="RunAsync{TResponse}"/> for data-driven tests: the response type comes from the action catalog.</summary>
    public static async Task<(GseResponse Response, string RequestBody)> RunAsync(GseActionInfo action, object request, string responsePayload)
    {
        Assert.IsType(action.RequestType, request);
        var method = typeof(ExampleExchange).GetMethod(nameof(RunBoxedAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(action.ResponseType);
        return await (Task<(GseResponse, string)>)method.Invoke(null, [request, responsePayload])!;
    }

    private static async Task<(GseResponse, string)> RunBoxedAsync<TResponse>(object request, string responsePayload)
        where TResponse : GseResponse
    {
        var (response, body) = await RunAsync((IGseRequest<TResponse>)request, responsePayload);
        return (response, body);
    }
}

/// <summary>Assertions with a readable failure: every problem on its own line, untruncated.</summary>
internal static class Problems
{
    public static void AssertNone(IReadOnlyCollection<string> problems, string what) =>
        Assert.True(problems.Count == 0, $"{what}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
}
