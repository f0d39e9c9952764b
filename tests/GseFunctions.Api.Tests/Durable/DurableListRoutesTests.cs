using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GseFunctions.Api.Tests.Durable;

/// <summary>The Durable API's instance list: filters, paging through <c>x-ms-continuation-token</c>, and refused queries.</summary>
public sealed class DurableListRoutesTests(DurableListRoutesFixture fixture) : IClassFixture<DurableListRoutesFixture>
{
    private const string Header = "x-ms-continuation-token";

    [Fact]
    public async Task List_PrefixAndRuntimeStatuses_AnswersTheMatchingInstances()
    {
        using var http = fixture.Stack.AdminClient();

        var response = await http.GetAsync($"{DurableInstances.InstancesPath}?instanceIdPrefix={fixture.Prefix}&runtimeStatus=Failed,running");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, Assert.Single(response.Headers.GetValues(Header)));
        var items = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal([fixture.Failed, fixture.Running], items.Select(i => i.GetProperty("instanceId").GetString()).Order());
        var running = items.Single(i => i.GetProperty("instanceId").GetString() == fixture.Running);
        DurableStatusAssert.IsStatus(running, fixture.Running, "RolloutSchedule", "Running");
        Assert.Equal(JsonValueKind.Object, running.GetProperty("customStatus").ValueKind);
    }

    [Fact]
    public async Task List_TopOne_PagesThroughEveryInstanceWithTheContinuationToken()
    {
        using var http = fixture.Stack.AdminClient();
        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{DurableInstances.InstancesPath}?instanceIdPrefix={fixture.Prefix}&top=1");
            if (token is not null)
            {
                request.Headers.Add(Header, token);
            }

            var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var items = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
            Assert.True(items.Count <= 1, $"top=1 answered {items.Count} items");
            seen.AddRange(items.Select(i => i.GetProperty("instanceId").GetString()!));
            token = response.Headers.GetValues(Header).Single();
            Assert.True(++pages <= 20, "paging did not end");
            if (pages == 1)
            {
                Assert.NotEqual(string.Empty, token);
            }
        }
        while (token.Length > 0);

        Assert.Equal(fixture.All.Order(), seen.Order());
    }

    [Fact]
    public async Task List_CreatedTimeWindow_FiltersByCreation()
    {
        using var http = fixture.Stack.AdminClient();
        var (first, last) = fixture.Created;

        Assert.Equal(5, (await ListAsync(http, $"&createdTimeFrom={Time(first.AddSeconds(-1))}&createdTimeTo={Time(last.AddSeconds(1))}")).Count);
        Assert.Empty(await ListAsync(http, $"&createdTimeFrom={Time(last.AddSeconds(1))}"));
        Assert.Empty(await ListAsync(http, $"&createdTimeTo={Time(first.AddSeconds(-1))}"));
    }

    [Fact]
    public async Task List_ShowInputFalse_LeavesInputOutButKeepsOutputAndCustomStatus()
    {
        using var http = fixture.Stack.AdminClient();

        var items = await ListAsync(http, "&runtimeStatus=Completed&showInput=false");

        Assert.Equal(3, items.Count);
        Assert.All(items, i =>
        {
            Assert.Equal(JsonValueKind.Null, i.GetProperty("input").ValueKind);
            Assert.Equal("Refused", i.GetProperty("output").GetProperty("outcome").GetString());
            Assert.Equal("Failed", i.GetProperty("customStatus").GetProperty("phase").GetString());
            Assert.False(i.TryGetProperty("historyEvents", out _));
        });
        Assert.All(await ListAsync(http, "&runtimeStatus=Completed"), i => Assert.Equal(JsonValueKind.Object, i.GetProperty("input").ValueKind));
    }

    [Theory]
    [InlineData("top=0", "top")]
    [InlineData("top=1001", "top")]
    [InlineData("top=ten", "top")]
    [InlineData("createdTimeFrom=yesterday", "createdTimeFrom")]
    [InlineData("createdTimeFrom=2026-11-29T10:00:00Z&createdTimeTo=2026-11-28T10:00:00Z", "createdTimeTo")]
    [InlineData("runtimeStatus=Running,Sleeping", "runtimeStatus")]
    [InlineData("runtimeStatus=1", "runtimeStatus")]
    [InlineData("showInput=maybe", "showInput")]
    public async Task List_BadQuery_Answers400NamingTheParameter(string query, string field)
    {
        using var http = fixture.Stack.AdminClient();
        await ProblemAssert.IsValidationAsync(await http.GetAsync($"{DurableInstances.InstancesPath}?{query}"), field);
    }

    [Fact]
    public async Task List_ForeignContinuationToken_Answers400()
    {
        using var http = fixture.Stack.AdminClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, DurableInstances.InstancesPath);
        request.Headers.Add(Header, "not a token!");
        await ProblemAssert.IsValidationAsync(await http.SendAsync(request), Header);
    }

    private async Task<List<JsonElement>> ListAsync(HttpClient http, string query)
    {
        var response = await http.GetAsync($"{DurableInstances.InstancesPath}?instanceIdPrefix={fixture.Prefix}{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()];
    }

    private static string Time(DateTimeOffset value) => Uri.EscapeDataString(value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
}
