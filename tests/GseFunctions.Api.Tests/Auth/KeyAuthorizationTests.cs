using System.Net;
using GseFunctions.Api.Routing;
using GseFunctions.Api.Tests.Sessions;

namespace GseFunctions.Api.Tests.Auth;

/// <summary>
/// Every route of the table against every way of presenting a key: no key or a wrong key is 401 (problem details, the
/// key not echoed); a function key opens function-level routes only; the master key opens all; <c>code</c> in the
/// query works like the header; health needs no key. "Opens" means anything but 401.
/// </summary>
public sealed class KeyAuthorizationTests(StackFixture fixture) : IClassFixture<StackFixture>
{
    public const string WrongKey = "wrong-key-0123456789abcdef0123456789abcdef";

    public static TheoryData<string, KeyCase> Cases()
    {
        var data = new TheoryData<string, KeyCase>();
        foreach (var route in ApiRoutes.All)
        {
            foreach (var key in Enum.GetValues<KeyCase>())
            {
                data.Add(route.Name, key);
            }
        }

        return data;
    }

    public static bool Opens(ApiAuthLevel level, KeyCase key) => level switch
    {
        ApiAuthLevel.Anonymous => true,
        ApiAuthLevel.Function => key is KeyCase.FunctionKeyInHeader or KeyCase.FunctionKeyInQuery or KeyCase.MasterKeyInHeader or KeyCase.MasterKeyInQuery,
        _ => key is KeyCase.MasterKeyInHeader or KeyCase.MasterKeyInQuery,
    };

    public static string? KeyOf(KeyCase key) => key switch
    {
        KeyCase.WrongKeyInHeader or KeyCase.WrongKeyInQuery => WrongKey,
        KeyCase.FunctionKeyInHeader or KeyCase.FunctionKeyInQuery => ApiStack.FunctionKey,
        KeyCase.MasterKeyInHeader or KeyCase.MasterKeyInQuery => ApiStack.MasterKey,
        _ => null,
    };

    /// <summary>A request to <paramref name="route"/> (route values filled with an id nothing has) presenting <paramref name="key"/>; no body.</summary>
    public static HttpRequestMessage Request(ApiRoute route, KeyCase key)
    {
        ArgumentNullException.ThrowIfNull(route);
        var path = route.Path.Replace("{aliasId}", "alias-none", StringComparison.Ordinal)
            .Replace("{fleetId}", "fleet-none", StringComparison.Ordinal)
            .Replace("{rolloutId}", "rollout-none", StringComparison.Ordinal)
            .Replace("{scheduleId}", "schedule-none", StringComparison.Ordinal)
            .Replace("{*path}", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("{", path, StringComparison.Ordinal);
        var value = KeyOf(key);
        if (value is not null && key.ToString().EndsWith("InQuery", StringComparison.Ordinal))
        {
            path += "?code=" + Uri.EscapeDataString(value);
        }

        var message = new HttpRequestMessage(new HttpMethod(route.Method), path);
        if (value is not null && key.ToString().EndsWith("InHeader", StringComparison.Ordinal))
        {
            message.Headers.Add("x-functions-key", value);
        }

        return message;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Route_PresentedKey_OpensOnlyAtItsLevel(string routeName, KeyCase key)
    {
        var route = ApiRoutes.All.Single(r => r.Name == routeName);
        using var http = fixture.Stack.Anonymous();
        using var request = Request(route, key);

        using var response = await http.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        if (Opens(route.Level, key))
        {
            Assert.True(response.StatusCode != HttpStatusCode.Unauthorized, $"{route.Method} {route.Path} with {key} should open: {text}");
            return;
        }

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal(Api.Problems.ApiProblemTypes.Unauthorized, problem.GetProperty("type").GetString());
        foreach (var secret in new[] { WrongKey, ApiStack.FunctionKey, ApiStack.MasterKey })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, response.Headers.ToString() + response.Content.Headers, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Route_KeyInHeaderAndQuery_TheHeaderDecides()
    {
        using var http = fixture.Stack.Anonymous();
        using var wrongHeader = new HttpRequestMessage(HttpMethod.Get, "/api/aliases?code=" + Uri.EscapeDataString(ApiStack.MasterKey));
        wrongHeader.Headers.Add("x-functions-key", WrongKey);

        using var response = await http.SendAsync(wrongHeader);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Route_KeyDifferingOnlyInCase_Refused()
    {
        using var http = fixture.Stack.WithKey(ApiStack.MasterKey.ToUpperInvariant());

        await ProblemAssert.IsProblemAsync(await http.GetAsync("/api/aliases"), HttpStatusCode.Unauthorized);
    }
}
