using System.Net;
using System.Text.Json;
using GseFunctions.Api.Routing;
using GseFunctions.Api.Tests.Sessions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GseFunctions.Api.Tests.Routing;

/// <summary>The self-host serves exactly the route table, and its OpenAPI document and reference page describe it.</summary>
public sealed class SelfHostEndpointsTests(StackFixture fixture, ITestOutputHelper output) : IClassFixture<StackFixture>
{
    [Fact]
    public void Endpoints_UnderApi_AreExactlyTheRouteTable()
    {
        var endpoints = fixture.Stack.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var underApi = endpoints.Where(e => ("/" + e.RoutePattern.RawText?.TrimStart('/')).StartsWith("/" + ApiRoute.Prefix + "/", StringComparison.OrdinalIgnoreCase)).ToList();

        var mapped = underApi.Select(e => (
            Route: e.Metadata.GetMetadata<ApiRoute>(),
            Name: e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName,
            Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [],
            Path: "/" + e.RoutePattern.RawText!.TrimStart('/'))).ToList();

        Assert.All(mapped, m => Assert.True(m.Route is not null, $"{m.Path} is mapped under /api without an entry of the route table"));
        Assert.Equal(ApiRoutes.All.Count, mapped.Count);
        foreach (var route in ApiRoutes.All)
        {
            var found = Assert.Single(mapped, m => ReferenceEquals(m.Route, route));
            Assert.Equal(route.Name, found.Name);
            Assert.Equal(route.Methods, found.Methods);
            Assert.Equal(route.Path, found.Path);
        }

        Assert.Equal(ApiRoutes.All.Count, ApiRoutes.All.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ApiRoutes.All.Count, ApiRoutes.All.Select(r => (r.Method, r.Path)).Distinct().Count());
    }

    [Fact]
    public async Task OpenApiDocument_WithoutAKey_DescribesEveryRouteWithItsMethodAndOperationId()
    {
        using var http = fixture.Stack.Anonymous();

        var response = await http.GetAsync("/openapi/v1.json");

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        output.WriteLine(text);
        var document = JsonDocument.Parse(text).RootElement;
        var paths = document.GetProperty("paths");
        foreach (var route in ApiRoutes.All)
        {
            // OpenAPI writes a catch-all parameter ({*path}) as a plain one ({path}).
            var documented = route.Path.Replace("{*", "{", StringComparison.Ordinal);
            Assert.True(paths.TryGetProperty(documented, out var path), $"{documented} is missing");
            Assert.True(path.TryGetProperty(route.Method.ToLowerInvariant(), out var operation), $"{route.Method} {route.Path} is missing");
            Assert.Equal(route.Name, operation.GetProperty("operationId").GetString());
            Assert.NotEmpty(operation.GetProperty("tags").EnumerateArray());
            Assert.True(operation.GetProperty("responses").EnumerateObject().Any(r => r.Name.StartsWith('2')), $"{route.Name} has no success response");

            var security = operation.TryGetProperty("security", out var s) ? s.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).ToList() : [];
            if (route.Level == ApiAuthLevel.Anonymous)
            {
                Assert.Empty(security);
            }
            else
            {
                Assert.Equal(["code", "functionKey"], security.Order(StringComparer.Ordinal));
                Assert.True(operation.GetProperty("responses").TryGetProperty("401", out _), $"{route.Name} does not document 401");
            }
        }

        // HEAD answers wherever GET does (RFC 9110), so the document lists the GET only; operation ids stay unique.
        var operations = paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("responses", out _)).Select(o => (Path: p.Name, Method: o.Name, Operation: o.Value))).ToList();
        Assert.DoesNotContain(operations, o => o.Method == "head");
        var ids = operations.Where(o => o.Operation.TryGetProperty("operationId", out _)).Select(o => o.Operation.GetProperty("operationId").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());

        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("header", schemes.GetProperty("functionKey").GetProperty("in").GetString());
        Assert.Equal("x-functions-key", schemes.GetProperty("functionKey").GetProperty("name").GetString());
        Assert.Equal("query", schemes.GetProperty("code").GetProperty("in").GetString());
        Assert.Equal("code", schemes.GetProperty("code").GetProperty("name").GetString());
        Assert.DoesNotContain(ApiStack.MasterKey, text, StringComparison.Ordinal);

        // Enums as the API's JSON has them: names, as strings.
        var missed = document.GetProperty("components").GetProperty("schemas").GetProperty("ScheduleRequest").GetProperty("properties").GetProperty("missedOccurrences");
        Assert.Equal("string", missed.GetProperty("type").GetString());
        Assert.Equal(["RunOnce", "Skip"], missed.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData(ApiRouteNames.CreateAlias, "CreateAliasBody", "routingStrategy")]
    [InlineData(ApiRouteNames.UpdateAlias, "UpdateAliasBody", "routingStrategy")]
    [InlineData(ApiRouteNames.CreateSession, "CreateSessionBody", "maximumPlayers")]
    [InlineData(ApiRouteNames.StartRollout, "RolloutRequest", "aliasId")]
    [InlineData(ApiRouteNames.CreateSchedule, "ScheduleRequest", "rollout")]
    public async Task OpenApiDocument_RouteWithABody_DescribesItsSchemaAndProblems(string routeName, string schemaName, string property)
    {
        var route = ApiRoutes.All.Single(r => r.Name == routeName);
        using var http = fixture.Stack.Anonymous();
        var document = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json")).RootElement;

        var operation = document.GetProperty("paths").GetProperty(route.Path).GetProperty(route.Method.ToLowerInvariant());

        var schema = operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.Equal($"#/components/schemas/{schemaName}", schema.GetProperty("$ref").GetString());
        Assert.True(document.GetProperty("components").GetProperty("schemas").GetProperty(schemaName).GetProperty("properties").TryGetProperty(property, out _), $"{schemaName} lacks {property}");
        var responses = operation.GetProperty("responses");
        foreach (var status in new[] { "400", "413", "415" })
        {
            Assert.True(responses.TryGetProperty(status, out var problem), $"{routeName} does not document {status}");
            Assert.True(problem.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{routeName} {status} is not problem details");
        }
    }

    [Fact]
    public async Task OpenApiDocument_SessionRoutes_DescribeTheirRefusals()
    {
        using var http = fixture.Stack.Anonymous();
        var document = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json")).RootElement;

        var create = document.GetProperty("paths").GetProperty("/api/sessions").GetProperty("post");

        Assert.Equal("#/components/schemas/SessionView", create.GetProperty("responses").GetProperty("201").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        foreach (var status in new[] { "404", "409", "429", "503" })
        {
            Assert.True(create.GetProperty("responses").TryGetProperty(status, out _), $"CreateSession does not document {status}");
        }
    }

    [Fact]
    public async Task ScalarPage_WithoutAKey_ServesTheReference()
    {
        using var http = fixture.Stack.Anonymous();

        var response = await http.GetAsync("/scalar");

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("openapi/v1.json", text, StringComparison.Ordinal);

        // Its script is served by the self-host itself (no CDN: the page works offline).
        var script = await http.GetAsync("/scalar/scalar.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 10_000, "scalar.js is served");
    }
}
