using System.Reflection;
using System.Text.RegularExpressions;
using GseFunctions.Api.Routing;
using GseFunctions.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace GseFunctions.Functions.Tests.Http;

/// <summary>
/// Each HTTP function answers exactly what its handler answers for the same request: the same result (status, headers,
/// body) or the same exception from the same place, after the same calls on GSE, the Durable client and the stores.
/// Whatever the handlers do, a function that calls another handler, or passes it other arguments, differs.
/// </summary>
public sealed partial class HttpAdaptersTests
{
    public static TheoryData<string> RouteNames => new(ApiRoutes.All.Select(r => r.Name));

    [Fact]
    public void Cases_CoverEveryRoute()
    {
        Assert.Equal(ApiRoutes.All.Select(r => r.Name).Order(StringComparer.Ordinal), HttpCases.All.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RouteNames))]
    public async Task Function_SameRequest_AnswersAndCallsAsItsHandler(string name)
    {
        var test = HttpCases.All[name];

        var viaFunction = await RunAsync(test, test.Function);
        var viaHandler = await RunAsync(test, test.Handler);

        Assert.Equal(viaHandler, viaFunction);
    }

    [Theory]
    [MemberData(nameof(RouteNames))]
    public void Function_RouteParameters_AreBoundByName(string name)
    {
        var method = Method(name);
        var trigger = method.GetParameters().Single(p => p.GetCustomAttribute<HttpTriggerAttribute>() is not null);
        Assert.Equal(typeof(HttpRequest), trigger.ParameterType);
        var template = trigger.GetCustomAttribute<HttpTriggerAttribute>()!.Route!;

        foreach (Match parameter in RouteParameter().Matches(template))
        {
            Assert.Contains(method.GetParameters(), p => p.Name == parameter.Groups[1].Value && p.ParameterType == typeof(string));
        }

        // Anything else the function takes is the Durable client (from its binding) or the cancellation token.
        Assert.All(
            method.GetParameters().Where(p => p != trigger && !RouteParameter().Matches(template).Any(m => m.Groups[1].Value == p.Name)),
            p => Assert.True(
                p.ParameterType == typeof(CancellationToken) || (p.ParameterType == typeof(DurableTaskClient) && p.GetCustomAttribute<DurableClientAttribute>() is not null),
                $"{name} takes {p.ParameterType.Name} {p.Name}"));
    }

    private static MethodInfo Method(string name) =>
        typeof(AliasFunctions).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Single(m => m.GetCustomAttribute<FunctionAttribute>()?.Name == name);

    private static async Task<Outcome> RunAsync(HttpCase test, Func<Collaborators, HttpRequest, CancellationToken, Task<IResult>> call)
    {
        var collaborators = new Collaborators();
        var http = test.NewContext();
        int? declared = null;
        string? thrown = null;
        try
        {
            var result = await call(collaborators, http.Request, CancellationToken.None);
            declared = (result as IStatusCodeHttpResult)?.StatusCode;
            await result.ExecuteAsync(http);
        }
        catch (Exception e)
        {
            thrown = $"{e.GetType().FullName}: {e.Message} (thrown by {e.TargetSite?.DeclaringType?.FullName}.{e.TargetSite?.Name})";
        }

        http.Response.Body.Position = 0;
        var body = await new StreamReader(http.Response.Body).ReadToEndAsync();
        var headers = string.Join("; ", http.Response.Headers.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => $"{h.Key}={h.Value}"));
        return new Outcome(declared, http.Response.StatusCode, headers, body, thrown, string.Join(Environment.NewLine, collaborators.Calls()));
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex RouteParameter();

    private sealed record Outcome(int? DeclaredStatus, int Status, string Headers, string Body, string? Thrown, string Calls);
}
